package io.casedesk.health;

/**
 * A system registered under a contract ({@code contract_system}) that an alert names by its serial number: the
 * contract, its company, the product and where it stands.
 */
public record MonitoredSystem(String serialNumber, String contractId, String company, String product, String site) {

  /** How the timeline and the case name it: {@code router-x SN-42 (Lyon)}. */
  public String describe() {
    return product + " " + serialNumber + (site == null || site.isBlank() ? "" : " (" + site + ")");
  }
}

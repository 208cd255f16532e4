package io.casedesk.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Decides whether a customer is entitled to support.
 *
 * <p>A contract entitles when it exists, the moment's UTC date lies within its validity (both ends inclusive),
 * and it either registers no systems or registers one whose product is the one asked about (ignoring case).
 */
@Service
public class EntitlementService {

  private static final List<String> SERVICE_LEVELS_BEST_FIRST = List.of("gold", "silver", "bronze");

  private final ContractRepository contracts;

  public EntitlementService(ContractRepository contracts) {
    this.contracts = contracts;
  }

  /**
   * Checks one contract.
   *
   * @param contractId the contract, e.g. {@code CT-1001}
   * @param product    the product the customer calls about; may be null when the contract registers no systems
   * @param at         the moment to check, e.g. when the case was opened; null means now
   * @return never null; an unknown contract is not entitled and has no company, service level or calendar
   */
  public Entitlement check(String contractId, String product, Instant at) {
    Optional<Contract> found = contractId == null || contractId.isBlank()
        ? Optional.empty() : contracts.find(contractId.strip());
    if (found.isEmpty()) {
      return new Entitlement(false, contractId, null, null, null,
          contractId == null || contractId.isBlank() ? "No contract given" : "No contract " + contractId);
    }
    Contract contract = found.get();
    String reason = refusal(contract, product, dayOf(at));
    return new Entitlement(reason == null, contract.id(), contract.company(), contract.serviceLevel(),
        contract.coverageCalendar(), reason);
  }

  /**
   * The company's contract that entitles it to support for the product at the moment, if any. When several do,
   * the best service level wins (gold, silver, bronze), then the one valid longest, then the smallest id.
   *
   * @param company the company, ignoring case
   * @param product the product; may be null, then only contracts without registered systems qualify
   * @param at      the moment; null means now
   */
  public Optional<Contract> validContractOf(String company, String product, Instant at) {
    LocalDate day = dayOf(at);
    return contracts.findByCompany(company).stream()
        .filter(contract -> refusal(contract, product, day) == null)
        .min(Comparator.comparingInt(EntitlementService::serviceLevelRank)
            .thenComparing(Contract::validTo, Comparator.reverseOrder())
            .thenComparing(Contract::id));
  }

  /** Why the contract does not entitle, or null when it does. */
  private static String refusal(Contract contract, String product, LocalDate day) {
    if (day.isBefore(contract.validFrom())) {
      return "Contract " + contract.id() + " is not valid before " + contract.validFrom();
    }
    if (day.isAfter(contract.validTo())) {
      return "Contract " + contract.id() + " expired on " + contract.validTo();
    }
    if (!contract.covers(product)) {
      return product == null || product.isBlank()
          ? "Contract " + contract.id() + " covers only its registered systems, and no product was given"
          : "Product " + product.strip() + " is not registered under contract " + contract.id();
    }
    return null;
  }

  private static LocalDate dayOf(Instant at) {
    return LocalDate.ofInstant(at == null ? Instant.now() : at, ZoneOffset.UTC);
  }

  private static int serviceLevelRank(Contract contract) {
    int rank = SERVICE_LEVELS_BEST_FIRST.indexOf(contract.serviceLevel());
    return rank < 0 ? SERVICE_LEVELS_BEST_FIRST.size() : rank;
  }
}

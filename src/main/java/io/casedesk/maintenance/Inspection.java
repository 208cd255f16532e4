package io.casedesk.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A maintenance inspection of a contract's registered systems and what was found on each.
 *
 * @param inspectionNumber e.g. {@code IN-CT-1001-2027-04-01}: the contract and the day it was due
 * @param status           {@code OPEN} until every system is inspected, then {@code COMPLETED}
 */
public record Inspection(String inspectionNumber, String contractId, String company, LocalDate dueOn, String status,
    Instant startedAt, Instant escalatedAt, Instant completedAt, List<Finding> findings) {

  /** What the engineer found on one system, as registered when it was inspected. */
  public record Finding(int systemIndex, String product, String serialNumber, String site, boolean hardwareChecked,
      boolean logsReviewed, boolean configurationBackedUp, String condition,
      String softwareVersion, String notes, String recommendation, String followUp, String caseNumber, String changeId,
      String inspectedBy, Instant inspectedAt) {}

  public long count(String condition) {
    return findings.stream().filter(f -> f.condition().equals(condition)).count();
  }
}

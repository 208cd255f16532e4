package io.casedesk.reporting;

import io.casedesk.health.SystemAvailability;
import java.time.Instant;
import java.util.List;

/**
 * A customer's report of one month (e.g. {@code 2026-11}): the figures of {@link CaseReports} for that month and
 * company, the company's cases opened in it, and the availability of its monitored systems
 * ({@link io.casedesk.health.Availability}; none in reports kept before health events existed).
 */
public record MonthlyReport(String customer, String month, List<CaseLine> cases, CaseReport figures,
    List<SystemAvailability> availability) {

  public record CaseLine(String caseNumber, String priority, String status, String subject, Instant openedAt,
      Instant closedAt) {}
}

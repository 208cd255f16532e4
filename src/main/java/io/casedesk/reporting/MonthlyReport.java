package io.casedesk.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A customer's report of one month (e.g. {@code 2026-11}): the figures of {@link CaseReports} for that month and
 * company, and the company's cases opened in it.
 */
public record MonthlyReport(String customer, String month, List<CaseLine> cases, CaseReport figures) {

  public record CaseLine(String caseNumber, String priority, String status, String subject, Instant openedAt,
      Instant closedAt) {}
}

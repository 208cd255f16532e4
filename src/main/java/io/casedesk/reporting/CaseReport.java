package io.casedesk.reporting;

import io.casedesk.complaints.ComplaintStats;
import io.casedesk.knowledge.KnowledgeStats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The support contract's figures for a period, a customer and a queue. {@code opened} and every case figure count
 * the cases triaged (given a priority); {@code openedWithoutContract} counts those opened in the period without a
 * valid contract, which went to sales and were never triaged. {@code complaints} are those of
 * {@link io.casedesk.complaints.ComplaintStatistics} for the same days and customer (complaints have no queue);
 * {@code knowledge} the knowledge base's of {@link io.casedesk.knowledge.KnowledgeStatistics} (no queue either).
 */
public record CaseReport(
    Instant from,
    Instant to,
    String customer,
    String queue,
    Counts opened,
    long openedWithoutContract,
    Counts closed,
    Sla firstResponse,
    Sla resolution,
    Map<Integer, Long> escalationsByLevel,
    Reopens reopens,
    Satisfaction satisfaction,
    Map<String, Long> backlogByPriority,
    List<Day> daily,
    Rmas rmas,
    ComplaintStats complaints,
    KnowledgeStats knowledge,
    Problems problems) {

  public record Counts(long total, Map<String, Long> byPriority, Map<String, Long> byQueue) {}

  /**
   * SLA compliance and times, in minutes; resolution times leave out the time the case waited for the customer.
   */
  public record Sla(long measured, long withinSla, Double compliancePercent, Double meanMinutes, Double medianMinutes) {}

  public record Reopens(long closed, long reopened, Double percent) {}

  public record Satisfaction(long answers, Double average, Map<Integer, Long> distribution) {}

  public record Day(LocalDate date, long opened, long closed, Double firstResponseCompliancePercent,
      Double resolutionCompliancePercent) {}

  /**
   * RMAs of the period's cases' companies: {@code opened} and {@code completed} in the period; the turnaround from
   * request (the RMA's opening) to completion of those completed, in hours; faulty parts {@code returnedLate} (in
   * the period, after their 10-working-day deadline) and {@code returnsOverdue} (deadline passed by the period's
   * end, or now if earlier, and not returned by then).
   */
  public record Rmas(long opened, long completed, Double turnaroundMeanHours, Double turnaroundMedianHours,
      long returnedLate, long returnsOverdue) {}

  /**
   * Problems (io.casedesk.problems) linking at least one of the report's cases (of the customer and queue, when
   * given; any case otherwise): {@code opened} and {@code closed} in the period, {@code openNow} not closed now;
   * {@code casesPerProblem}, the mean number of such cases linked to each problem opened in the period.
   */
  public record Problems(long opened, long closed, long openNow, Double casesPerProblem) {}

  /**
   * The same figures without the problems': what a customer reads (a problem names other customers' cases and the
   * desk's diagnosis; a customer hears of one from their engineer), in the case report and in the monthly report.
   */
  public CaseReport withoutProblems() {
    return new CaseReport(from, to, customer, queue, opened, openedWithoutContract, closed, firstResponse, resolution,
        escalationsByLevel, reopens, satisfaction, backlogByPriority, daily, rmas, complaints, knowledge, null);
  }
}

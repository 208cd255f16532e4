package io.casedesk.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * RMA and complaint rows with known times, written as their processes leave them: the reports read only the
 * tables, and driving every RMA and complaint through its process would hide the timings under many steps.
 */
final class ReportFixtures {

  private static final AtomicInteger RMAS = new AtomicInteger();
  private static final AtomicInteger COMPLAINTS = new AtomicInteger();

  private ReportFixtures() {}

  /** An RMA of the case: completed when {@code completedAt} is given, else waiting for its part. */
  static void rma(JdbcClient jdbc, String caseNumber, String openedAt, String completedAt, String returnDeadline,
      String returnedAt) {
    jdbc.sql("""
            INSERT INTO rma (id, case_number, status, opened_at, closed_at, return_deadline, returned_at, updated_at)
            VALUES (:id, :caseNumber, :status, :openedAt, :closedAt, :deadline, :returnedAt, :openedAt)""")
        .param("id", "RMA-REPORT-" + RMAS.incrementAndGet()).param("caseNumber", caseNumber)
        .param("status", completedAt == null ? "AWAITING_PART" : "COMPLETED")
        .param("openedAt", ts(openedAt)).param("closedAt", ts(completedAt)).param("deadline", ts(returnDeadline))
        .param("returnedAt", ts(returnedAt)).update();
  }

  /** A complaint of the company: closed when {@code closedAt} is given, else being investigated. */
  static void complaint(JdbcClient jdbc, String company, String complaintClass, String department, String openedAt,
      String answerDue, String answeredAt, String closedAt, int escalationLevel) {
    jdbc.sql("""
            INSERT INTO complaint (complaint_id, company, channel, complaint_class, description, contact_name, status,
                department, escalation_level, answer_due, answered_at, opened_at, closed_at, updated_at)
            VALUES (:id, :company, 'web', :class, 'Fixture', 'Ada', :status, :department, :level, :due, :answeredAt,
                :openedAt, :closedAt, :openedAt)""")
        .param("id", "CP-REPORT-" + COMPLAINTS.incrementAndGet()).param("company", company)
        .param("class", complaintClass).param("status", closedAt == null ? "INVESTIGATING" : "CLOSED")
        .param("department", department).param("level", escalationLevel).param("due", ts(answerDue))
        .param("answeredAt", ts(answeredAt)).param("openedAt", ts(openedAt)).param("closedAt", ts(closedAt)).update();
  }

  private static Timestamp ts(String instant) {
    return instant == null ? null : Timestamp.from(Instant.parse(instant));
  }
}

package io.casedesk.cases;

import io.casedesk.audit.AuditChain;
import io.casedesk.process.EngineClock;
import io.casedesk.process.Timestamps;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every change to a registered case, by name: the one writer of a case row after its registration
 * ({@link CaseRepository#insert}), and so the one place that moves a case from status to status. Runs in the
 * caller's transaction (the engine's, inside the process steps).
 */
@Component
public class CaseChanges {

  private final JdbcClient jdbc;
  private final AuditChain auditChain;

  public CaseChanges(JdbcClient jdbc, AuditChain auditChain) {
    this.jdbc = jdbc;
    this.auditChain = auditChain;
  }

  /** No valid contract: the case goes to sales, with the company and service level the check found, if any. */
  public void noContract(String caseNumber, String company, String serviceLevel) {
    update(caseNumber, "company = COALESCE(:company, company), service_level = :serviceLevel, status = 'NO_CONTRACT'")
        .param("company", company).param("serviceLevel", serviceLevel)
        .update();
  }

  /** The valid contract belongs to another company than the caller named: the case follows the contract's. */
  public void contractCompany(String caseNumber, String company) {
    update(caseNumber, "company = :company").param("company", company).update();
  }

  /**
   * Triaged and under its SLA clock: open in its queue at escalation level 0 (again, after a reopening), with the
   * contract's service level, which the entitlement check found just before in the same transaction.
   */
  public void opened(String caseNumber, String priority, String queue, String candidateGroup, String serviceLevel,
      SlaDue due) {
    sla(update(caseNumber, """
        status = 'OPEN', priority = :priority, queue = :queue, candidate_group = :candidateGroup,
        service_level = COALESCE(:serviceLevel, service_level), escalation_level = 0, """ + SLA_COLUMNS), due)
        .param("priority", priority).param("queue", queue).param("candidateGroup", candidateGroup)
        .param("serviceLevel", serviceLevel)
        .update();
  }

  /**
   * The case's work task changed hands: the first engineer to take an open case starts work on it and gives the
   * first response; {@code null} gives the case back to its queue.
   */
  public void assigned(SupportCase before, String assignee) {
    CaseStatus status = assignee != null && before.status() == CaseStatus.OPEN ? CaseStatus.IN_PROGRESS
        : before.status();
    Instant firstResponse = assignee != null && before.firstRespondedAt() == null ? EngineClock.now()
        : before.firstRespondedAt();
    update(before.caseNumber(), "assignee = :assignee, status = :status, first_responded_at = :firstResponse")
        .param("assignee", assignee).param("status", status.name()).param("firstResponse", Timestamps.of(firstResponse))
        .update();
  }

  /** The engineer asked the customer something; the SLA clock is held while the case waits for the answer. */
  public void waitingForCustomer(String caseNumber, SlaDue due) {
    sla(update(caseNumber, "status = 'WAITING_CUSTOMER', " + SLA_COLUMNS + ", " + WAIT_STARTS), due)
        .param("now", Timestamps.now()).update();
  }

  /** The customer answered (or added a supplement): work goes on; the time waited is added up for the reports. */
  public void workResumed(String caseNumber, SlaDue due) {
    Instant now = EngineClock.now();
    long waited = jdbc.sql("SELECT waiting_since FROM support_case WHERE case_number = :n").param("n", caseNumber)
        .query((rs, row) -> rs.getTimestamp(1)).optional()
        .map(since -> Duration.between(since.toInstant(), now).toMillis()).orElse(0L);
    sla(update(caseNumber, "status = 'IN_PROGRESS', resolved_at = NULL, " + SLA_COLUMNS
        + ", waiting_millis = waiting_millis + :waited, waiting_since = NULL"), due)
        .param("waited", waited).update();
  }

  /** A changed priority gave new SLA targets. */
  public void dueTimesReplanned(String caseNumber, SlaDue due) {
    sla(update(caseNumber, SLA_COLUMNS), due).update();
  }

  public void priorityChanged(String caseNumber, String priority) {
    update(caseNumber, "priority = :priority").param("priority", priority).update();
  }

  public void escalated(String caseNumber, int level) {
    update(caseNumber, "escalation_level = :level").param("level", level).update();
  }

  /** A hardware fault: the case waits while its RMA runs. */
  public void rmaPending(String caseNumber) {
    update(caseNumber, "status = 'RMA_PENDING'").update();
  }

  public void rmaFinished(String caseNumber) {
    update(caseNumber, "status = 'IN_PROGRESS'").update();
  }

  public void vendorCaseOpened(String caseNumber, String vendorCaseNumber) {
    update(caseNumber, "vendor_case_number = :vendorCase").param("vendorCase", vendorCaseNumber).update();
  }

  /** A solution is proposed; the SLA clock is held while the customer is asked to confirm closure. */
  public void resolved(String caseNumber, String solution) {
    update(caseNumber, "status = 'RESOLVED', solution = :solution, resolved_at = :now, sla_paused = TRUE, "
        + WAIT_STARTS)
        .param("solution", solution).param("now", Timestamps.now()).update();
  }

  /** Closed: a wait for the closure confirmation came after the resolution and is not counted. */
  public void closed(String caseNumber) {
    update(caseNumber, "status = 'CLOSED', closed_at = :now, sla_paused = FALSE, waiting_since = NULL")
        .param("now", Timestamps.now()).update();
  }

  /** The customer wrote again within the reopen window; the next step opens the case again. */
  public void reopened(String caseNumber) {
    update(caseNumber, "reopen_count = reopen_count + 1, closed_at = NULL, resolved_at = NULL").update();
  }

  public void surveyAnswered(String caseNumber, int score, String comment) {
    update(caseNumber, "survey_score = :score, survey_comment = :comment")
        .param("score", score).param("comment", comment).update();
  }

  private static final String SLA_COLUMNS =
      "sla_paused = :held, first_response_due = :firstResponseDue, resolution_due = :resolutionDue";

  private static final String WAIT_STARTS = "waiting_since = COALESCE(waiting_since, :now)";

  /** An UPDATE of the case row, which also carries the newest link of the case's audit chain when one is due. */
  private StatementSpec update(String caseNumber, String assignments) {
    String auditHead = auditChain.headToCarry(caseNumber);
    StatementSpec update = jdbc.sql("UPDATE support_case SET " + assignments
            + (auditHead == null ? "" : ", audit_head = :auditHead")
            + ", updated_at = :updatedAt WHERE case_number = :caseNumber")
        .param("caseNumber", caseNumber).param("updatedAt", Timestamps.now());
    return auditHead == null ? update : update.param("auditHead", auditHead);
  }

  private static StatementSpec sla(StatementSpec statement, SlaDue due) {
    return statement.param("held", due.held())
        .param("firstResponseDue", Timestamps.of(due.firstResponseDue()))
        .param("resolutionDue", Timestamps.of(due.resolutionDue()));
  }
}

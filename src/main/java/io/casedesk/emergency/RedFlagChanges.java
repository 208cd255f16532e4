package io.casedesk.emergency;

import io.casedesk.process.Timestamps;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every change to a declared red flag, by name: the one writer of a red flag's row after its declaration
 * ({@link RedFlagRepository#insert}) and of its roles' acknowledgements after they were phoned
 * ({@link RedFlagRepository#alerted}), and so the one place that moves a red flag from status to status. Runs in
 * the caller's transaction (the engine's, inside the process steps).
 */
@Component
public class RedFlagChanges {

  private final JdbcClient jdbc;

  public RedFlagChanges(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An on-duty role did not acknowledge in time: the next person up was phoned. */
  public void roleEscalated(String number, String dutyRole, String escalatedTo) {
    jdbc.sql("""
        UPDATE red_flag_acknowledgement SET escalated_to = :to, escalated_at = :at
        WHERE red_flag_number = :number AND duty_role = :role""")
        .param("number", number).param("role", dutyRole).param("to", escalatedTo).param("at", Timestamps.now())
        .update();
  }

  public void roleAcknowledged(String number, String dutyRole, String userId) {
    jdbc.sql("""
        UPDATE red_flag_acknowledgement SET acknowledged_by = :user, acknowledged_at = :at
        WHERE red_flag_number = :number AND duty_role = :role""")
        .param("number", number).param("role", dutyRole).param("user", userId).param("at", Timestamps.now()).update();
  }

  /** Technical support's latest word on the recovery; the next status update carries it. */
  public void progressRecorded(String number, String progress) {
    run(update(number, "last_progress = :progress").param("progress", progress), number);
  }

  /** The customer got another status update. */
  public void statusUpdateSent(String number) {
    run(update(number, "status_updates = status_updates + 1, last_status_update_at = :now")
        .param("now", Timestamps.now()),
        number);
  }

  /** The service works again: the root-cause report is due by {@code reportDue}. */
  public void restored(String number, String restoredBy, Instant restoredAt, Instant reportDue) {
    run(update(number, "status = 'RESTORED', restored_at = :restoredAt, restored_by = :restoredBy,"
        + " report_due = :reportDue")
        .param("restoredAt", Timestamps.of(restoredAt)).param("restoredBy", restoredBy)
        .param("reportDue", Timestamps.of(reportDue)), number);
  }

  /** The root-cause report was written (or reworked): it goes to management's review. */
  public void reportSubmitted(String number, String rootCause, String correctiveActions, String submittedBy) {
    run(update(number, """
        status = 'REPORT_IN_REVIEW', root_cause = :rootCause, corrective_actions = :correctiveActions,
        report_submitted_by = :submittedBy, report_submitted_at = :now""")
        .param("rootCause", rootCause).param("correctiveActions", correctiveActions)
        .param("submittedBy", submittedBy).param("now", Timestamps.now()), number);
  }

  /** The root-cause report is overdue. */
  public void reportOverdue(String number) {
    run(update(number, "report_overdue_at = :now").param("now", Timestamps.now()), number);
  }

  /** Management sent the report back for rework: the red flag is restored again, waiting for the report. */
  public void reportRejected(String number, String note) {
    run(update(number, "status = 'RESTORED', report_rejections = report_rejections + 1, review_note = :note")
        .param("note", note), number);
  }

  /** Management accepted the report; the process closes the red flag next ({@link #closed}). */
  public void reportAccepted(String number, String acceptedBy) {
    run(update(number, "report_accepted_by = :acceptedBy, report_accepted_at = :now")
        .param("acceptedBy", acceptedBy).param("now", Timestamps.now()), number);
  }

  /** Closed: its case may get a new red flag if it flares up again. */
  public void closed(String number) {
    run(update(number, "status = 'CLOSED', closed_at = :now, open_for_case = NULL")
        .param("now", Timestamps.now()), number);
  }

  private StatementSpec update(String number, String assignments) {
    return jdbc.sql("UPDATE red_flag SET " + assignments + ", updated_at = :updatedAt"
            + " WHERE red_flag_number = :number")
        .param("number", number).param("updatedAt", Timestamps.now());
  }

  private static void run(StatementSpec statement, String number) {
    if (statement.update() != 1) {
      throw new IllegalStateException("No red flag " + number);
    }
  }
}

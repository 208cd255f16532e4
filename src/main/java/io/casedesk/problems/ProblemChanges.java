package io.casedesk.problems;

import io.casedesk.process.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * Every change to an opened problem, by name: the one writer of a problem's row after it was opened
 * ({@link ProblemRepository#insert}) and of its links to cases, and so the one place that moves a problem from
 * status to status. Runs in the caller's transaction (the API's, or the engine's inside the process steps).
 */
@Component
public class ProblemChanges {

  private final JdbcClient jdbc;

  public ProblemChanges(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void caseLinked(String number, String caseNumber, String linkedBy) {
    jdbc.sql("""
        INSERT INTO problem_case (problem_number, case_number, linked_by, linked_at)
        VALUES (:n, :c, :by, :at)""")
        .param("n", number).param("c", caseNumber).param("by", linkedBy).param("at", Timestamps.now()).update();
    touch(number);
  }

  public void caseUnlinked(String number, String caseNumber) {
    jdbc.sql("DELETE FROM problem_case WHERE problem_number = :n AND case_number = :c")
        .param("n", number).param("c", caseNumber).update();
    touch(number);
  }

  /** Investigation found the root cause: a workaround is written next. */
  public void rootCauseRecorded(String number, String rootCause) {
    run(update(number, "status = 'ROOT_CAUSE_KNOWN', root_cause = :rootCause, root_cause_at = :now")
        .param("rootCause", rootCause).param("now", Timestamps.now()), number);
  }

  /** A known error: the workaround is published to the linked cases. */
  public void knownError(String number, String workaround) {
    run(update(number, "status = 'KNOWN_ERROR', workaround = :workaround, known_error_at = :now")
        .param("workaround", workaround).param("now", Timestamps.now()), number);
  }

  /** The fix is released. */
  public void fixed(String number, String fix) {
    run(update(number, "status = 'FIXED', fix_description = :fix, fixed_at = :now")
        .param("fix", fix).param("now", Timestamps.now()), number);
  }

  public void closed(String number, String closedBy, String note) {
    run(update(number, "status = 'CLOSED', closed_by = :closedBy, closure_note = :note, closed_at = :now")
        .param("closedBy", closedBy).param("note", note).param("now", Timestamps.now()), number);
  }

  private void touch(String number) {
    run(update(number, "problem_number = problem_number"), number);
  }

  private StatementSpec update(String number, String assignments) {
    return jdbc.sql("UPDATE problem SET " + assignments + ", updated_at = :updatedAt WHERE problem_number = :number")
        .param("number", number).param("updatedAt", Timestamps.now());
  }

  private static void run(StatementSpec statement, String number) {
    if (statement.update() != 1) {
      throw new IllegalStateException("No problem " + number);
    }
  }
}

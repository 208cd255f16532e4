package io.casedesk.changes;

import io.casedesk.process.Timestamps;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * Every change to a raised change request, by name: the one writer of its row after {@link ChangeRepository#insert},
 * and so the one place that moves a change from status to status. Runs in the caller's transaction.
 */
@Component
public class ChangeChanges {

  private final JdbcClient jdbc;

  public ChangeChanges(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void processStarted(String id, String processInstanceId) {
    run(update(id, "process_instance_id = :pi").param("pi", processInstanceId), id);
  }

  /** The author submitted the plan: the experts review it in a new round. */
  public void planSubmitted(String id, String author, String what, String why, String risk, String rollback,
      Instant windowStart, Instant windowEnd) {
    run(update(id, """
        status = 'UNDER_REVIEW', review_round = review_round + 1, plan_author = :author, plan_what = :what,
        plan_why = :why, plan_risk = :risk, plan_rollback = :rollback, window_start = :start, window_end = :end""")
        .param("author", author).param("what", what).param("why", why).param("risk", risk)
        .param("rollback", rollback).param("start", Timestamps.of(windowStart))
        .param("end", Timestamps.of(windowEnd)), id);
  }

  /** An expert or the customer sent the plan back to its author. */
  public void planReturned(String id) {
    status(id, ChangeStatus.PLANNING);
  }

  public void quoting(String id) {
    status(id, ChangeStatus.QUOTING);
  }

  public void quoted(String id, String reference, String price) {
    run(update(id, "quote_reference = :reference, quote_price = :price")
        .param("reference", reference).param("price", price), id);
  }

  public void awaitingApproval(String id) {
    status(id, ChangeStatus.AWAITING_APPROVAL);
  }

  /** The customer's answer; a refusal sends the plan back ({@link #planReturned}, by the process). */
  public void customerAnswered(String id, boolean approved, String comment) {
    run(update(id, "status = :status, customer_comment = :comment")
        .param("status", (approved ? ChangeStatus.SCHEDULED : ChangeStatus.PLANNING).name())
        .param("comment", comment), id);
  }

  public void implementationStarted(String id) {
    status(id, ChangeStatus.IN_IMPLEMENTATION);
  }

  public void implemented(String id, String outcome) {
    run(update(id, "status = 'REPORTING', implementation_outcome = :outcome").param("outcome", outcome), id);
  }

  /** The report went to the customer: the change ends, done or rolled back. */
  public void reported(String id, String report, boolean rolledBack) {
    run(update(id, "status = :status, report = :report, closed_at = :now")
        .param("status", (rolledBack ? ChangeStatus.ROLLED_BACK : ChangeStatus.COMPLETED).name())
        .param("report", report).param("now", Timestamps.now()), id);
  }

  public void withdrawn(String id) {
    run(update(id, "status = 'WITHDRAWN', closed_at = :now").param("now", Timestamps.now()), id);
  }

  private void status(String id, ChangeStatus status) {
    run(update(id, "status = :status").param("status", status.name()), id);
  }

  private StatementSpec update(String id, String assignments) {
    return jdbc.sql("UPDATE change_request SET " + assignments + ", updated_at = :updatedAt WHERE id = :id")
        .param("id", id).param("updatedAt", Timestamps.now());
  }

  private static void run(StatementSpec statement, String id) {
    if (statement.update() != 1) {
      throw new IllegalStateException("No change " + id);
    }
  }
}

package io.casedesk.complaints;

import io.casedesk.process.Timestamps;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every change to a registered complaint, by name: the one writer of a complaint row after its registration
 * ({@link ComplaintRepository#insert}), and so the one place that moves a complaint from status to status. Runs in
 * the caller's transaction (the engine's, inside the process steps).
 */
@Component
public class ComplaintChanges {

  private final JdbcClient jdbc;

  public ComplaintChanges(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The hotline classified a complaint received without a class. */
  public void classified(String complaintId, String complaintClass) {
    run(update(complaintId, "complaint_class = :complaintClass").param("complaintClass", complaintClass),
        complaintId);
  }

  /** complaint-routing named the department: it investigates, and owes the answer by {@code answerDue}. */
  public void routed(String complaintId, String complaintClass, String department, String candidateGroup,
      String headGroup, Instant answerDue) {
    run(update(complaintId, """
        status = 'INVESTIGATING', complaint_class = :complaintClass, department = :department,
        candidate_group = :candidateGroup, head_group = :headGroup, answer_due = :answerDue""")
        .param("complaintClass", complaintClass).param("department", department)
        .param("candidateGroup", candidateGroup).param("headGroup", headGroup)
        .param("answerDue", Timestamps.of(answerDue)), complaintId);
  }

  /** Not answered in time: the escalation level reached. */
  public void escalated(String complaintId, int level) {
    run(update(complaintId, "escalation_level = :level").param("level", level), complaintId);
  }

  /**
   * The department answered (first, or after a reinvestigation, which has its own answer time); the hotline calls
   * the customer back.
   */
  public void answered(String complaintId, String answer, String answeredBy, boolean reinvestigated) {
    String answeredAt = reinvestigated ? "reinvestigation_answered_at" : "answered_at";
    run(update(complaintId, "status = 'AWAITING_CALL_BACK', " + answeredAt
        + " = :now, answer = :answer, answered_by = :answeredBy")
        .param("now", Timestamps.now()).param("answer", answer).param("answeredBy", answeredBy), complaintId);
  }

  /** The customer said whether the answer satisfies them. */
  public void calledBack(String complaintId, boolean satisfied, int score, String note) {
    run(update(complaintId, "satisfied = :satisfied, satisfaction_score = :score, satisfaction_note = :note")
        .param("satisfied", satisfied).param("score", score).param("note", note), complaintId);
  }

  /** Not satisfied with the first answer: the department investigates again, from escalation level 0. */
  public void reopened(String complaintId, int reopenCount, Instant reinvestigationDue) {
    run(update(complaintId, """
        status = 'INVESTIGATING', reopen_count = :reopenCount, reinvestigation_due = :due,
        escalation_level = 0""")
        .param("reopenCount", reopenCount).param("due", Timestamps.of(reinvestigationDue)), complaintId);
  }

  /** Still not satisfied after the reinvestigation: management settles it. */
  public void handedToManagement(String complaintId) {
    run(update(complaintId, "status = 'WITH_MANAGEMENT'"), complaintId);
  }

  public void settled(String complaintId, String settlement, String settledBy) {
    run(update(complaintId, "settlement = :settlement, settled_by = :settledBy")
        .param("settlement", settlement).param("settledBy", settledBy), complaintId);
  }

  /** Closed: from now on the complaint counts in the complaint figures. */
  public void closed(String complaintId) {
    run(update(complaintId, "status = 'CLOSED', closed_at = :now").param("now", Timestamps.now()), complaintId);
  }

  private StatementSpec update(String complaintId, String assignments) {
    return jdbc.sql("UPDATE complaint SET " + assignments + ", updated_at = :updatedAt"
            + " WHERE complaint_id = :complaintId")
        .param("complaintId", complaintId).param("updatedAt", Timestamps.now());
  }

  private static void run(StatementSpec statement, String complaintId) {
    if (statement.update() != 1) {
      throw new IllegalStateException("No complaint " + complaintId);
    }
  }
}

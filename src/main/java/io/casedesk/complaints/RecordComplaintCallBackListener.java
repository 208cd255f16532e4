package io.casedesk.complaints;

import static io.casedesk.complaints.ComplaintVariables.*;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The customer said whether the answer satisfies them (to the hotline, or over the API). Tasklist sends the
 * form's yes/no as text and the score as a number of any kind; the gateway after the task needs a Boolean.
 * The engine does not validate forms, so a call-back without an answer or with a score outside 1-5 is refused.
 */
@Component("recordComplaintCallBack")
public class RecordComplaintCallBackListener implements TaskListener {

  private final ComplaintSteps steps;

  public RecordComplaintCallBackListener(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    Boolean satisfied = bool(task.getVariable(SATISFIED));
    Integer score = score(task.getVariable(SATISFACTION_SCORE));
    if (satisfied == null) {
      throw new IllegalArgumentException("satisfied must be true or false");
    }
    if (score == null || score < 1 || score > 5) {
      throw new IllegalArgumentException("satisfactionScore must be a number from 1 to 5");
    }
    String note = string(task, SATISFACTION_NOTE);
    note = note == null || note.isBlank() ? null : note;
    task.getExecution().setVariable(SATISFIED, satisfied);
    task.getExecution().setVariable(SATISFACTION_SCORE, score);
    String actor = string(task, CALL_BACK_BY) != null ? string(task, CALL_BACK_BY) : Actors.of(task);
    task.getExecution().removeVariable(CALL_BACK_BY);

    String complaintId = task.getExecution().getProcessBusinessKey();
    steps.changes().calledBack(complaintId, satisfied, score, note);
    steps.record(complaintId, actor, ComplaintEventKind.CALL_BACK, "%s, score %d%s".formatted(
        satisfied ? "Satisfied" : "Not satisfied", score, note == null ? "" : ": " + note));
  }

  private static Boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value == null) {
      return null;
    }
    return switch (value.toString().strip().toLowerCase()) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> null;
    };
  }

  private static Integer score(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue() == Math.rint(n.doubleValue()) ? n.intValue() : null;
    }
    try {
      return value == null ? null : Integer.valueOf(value.toString().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

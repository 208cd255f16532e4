package io.casedesk.complaints;

import static io.casedesk.complaints.ComplaintVariables.*;
import static io.casedesk.process.ProcessVariables.integer;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.process.Actors;
import io.casedesk.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer is not satisfied with the first answer: the same department investigates again, with a fresh
 * committed time from now and fresh escalations.
 */
@Component("reopenComplaint")
public class ReopenComplaintDelegate implements JavaDelegate {

  private final ComplaintDeadlines deadlines;
  private final ComplaintSteps steps;

  public ReopenComplaintDelegate(ComplaintDeadlines deadlines, ComplaintSteps steps) {
    this.deadlines = deadlines;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintId = ComplaintSteps.complaintId(execution);
    int reopenCount = integer(execution, REOPEN_COUNT) + 1;
    execution.setVariable(REOPEN_COUNT, reopenCount);
    execution.setVariable(ESCALATION_LEVEL, 0);
    ComplaintDeadlines.Deadlines due = deadlines.plan(execution, EngineClock.now());

    steps.changes().reopened(complaintId, reopenCount, due.answerDue());
    String note = string(execution, SATISFACTION_NOTE);
    steps.record(complaintId, Actors.SYSTEM, ComplaintEventKind.REOPENED, "Back to %s, answer due %s%s".formatted(
        string(execution, DEPARTMENT), due.answerDue(), note == null || note.isBlank() ? "" : "; customer: " + note));
  }
}

package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.CASE_ENGINEER;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * An engineer claimed (or was given, or gave back) the case's work task. The first claim is the case's
 * first response, after which the task is due at the resolution ({@link WorkTaskDeadline}); a new owner is told
 * by notification.
 */
@Component("recordAssignment")
public class RecordAssignmentListener implements TaskListener {

  private final CaseSteps steps;

  public RecordAssignmentListener(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    String assignee = task.getAssignee();
    SupportCase supportCase = steps.cases().get(caseNumber);
    String previous = supportCase.assignee();

    steps.changes().assigned(supportCase, assignee);
    if (assignee != null && supportCase.firstRespondedAt() == null && supportCase.resolutionDue() != null) {
      task.setDueDate(Date.from(supportCase.resolutionDue())); // the first response is given: the resolution is next
    }
    task.setVariable(CASE_ENGINEER, assignee);
    if (Objects.equals(assignee, previous)) {
      return; // the case came back to its own engineer
    }
    if (assignee == null) {
      steps.record(caseNumber, Actors.of(task), CaseEventKind.UNASSIGNED, previous + CustomerTimeline.GAVE_BACK);
      return;
    }
    steps.record(caseNumber, Actors.of(task), CaseEventKind.ASSIGNED, CustomerTimeline.ASSIGNED_TO + assignee);
    steps.notifyUser(assignee, caseNumber, NotificationKind.ASSIGNMENT, Map.of(
        "caseNumber", caseNumber, "priority", String.valueOf(supportCase.priority()), "subject", supportCase.subject()));
  }
}

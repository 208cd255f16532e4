package io.casedesk.changes;

import static io.casedesk.changes.ChangeVariables.*;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An expert rejected the plan or asked for changes: it goes back to its author with the experts' comments. */
@Component("returnChangePlan")
public class ReturnChangePlanDelegate implements JavaDelegate {

  private final ChangeSteps steps;

  public ReturnChangePlanDelegate(ChangeSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = ChangeSteps.changeId(execution);
    String comments = string(execution, REVIEW_COMMENTS);
    steps.writes().planReturned(id);
    steps.record(id, Actors.SYSTEM, ChangeEventKind.PLAN_RETURNED, comments);
    String author = string(execution, PLAN_AUTHOR);
    if (author != null) {
      steps.notifyUser(id, author, NotificationKind.CHANGE_PLAN_RETURNED, "comments", comments);
    }
  }
}

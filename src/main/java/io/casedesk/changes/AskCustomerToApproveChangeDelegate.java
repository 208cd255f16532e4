package io.casedesk.changes;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The experts approved (and sales quoted a paid upgrade): the customer is asked to approve plan and window. */
@Component("askCustomerToApproveChange")
public class AskCustomerToApproveChangeDelegate implements JavaDelegate {

  private final ChangeSteps steps;

  public AskCustomerToApproveChangeDelegate(ChangeSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = ChangeSteps.changeId(execution);
    steps.writes().awaitingApproval(id);
    ChangeRequest change = steps.changes().get(id);
    steps.record(id, Actors.SYSTEM, ChangeEventKind.APPROVAL_REQUESTED, change.contactEmail());
    steps.notifyCustomer(id, NotificationKind.CHANGE_APPROVAL_REQUEST,
        "plan", change.planWhat(), "risk", change.planRisk(), "rollback", change.planRollback(),
        "windowStart", String.valueOf(change.windowStart()), "windowEnd", String.valueOf(change.windowEnd()),
        "quoteReference", change.quoteReference(), "quotePrice", change.quotePrice(),
        "approvalPath", "/portal/#/changes/" + id);
  }
}

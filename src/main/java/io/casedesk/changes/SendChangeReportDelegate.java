package io.casedesk.changes;

import static io.casedesk.changes.ChangeVariables.*;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The implementation report goes to the customer; the change ends, completed or rolled back. */
@Component("sendChangeReport")
public class SendChangeReportDelegate implements JavaDelegate {

  static final String ROLLED_BACK = "rolled-back";

  private final ChangeSteps steps;

  public SendChangeReportDelegate(ChangeSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = ChangeSteps.changeId(execution);
    String report = string(execution, IMPLEMENTATION_REPORT);
    boolean rolledBack = ROLLED_BACK.equals(string(execution, IMPLEMENTATION_OUTCOME));
    steps.writes().reported(id, report, rolledBack);
    ChangeRequest change = steps.changes().get(id);
    steps.record(id, Actors.of(execution, PLAN_AUTHOR), ChangeEventKind.REPORT_SENT, change.contactEmail());
    steps.notifyCustomer(id, NotificationKind.CHANGE_REPORT, "report", report, "rolledBack", rolledBack);
  }
}

package io.casedesk.rma;

import static io.casedesk.cases.CaseVariables.CASE_ENGINEER;
import static io.casedesk.process.ProcessVariables.string;
import static io.casedesk.rma.RmaVariables.*;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The engineer replaced the part: the customer is asked to confirm the fix. */
@Component("askCustomerToConfirmFix")
public class AskCustomerToConfirmFixDelegate implements JavaDelegate {

  private final RmaSteps steps;

  public AskCustomerToConfirmFixDelegate(RmaSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String note = string(execution, REPLACEMENT_NOTE);
    steps.changes().fixToConfirm(RmaSteps.rmaId(execution));
    steps.record(execution, Actors.of(execution, CASE_ENGINEER), CaseEventKind.RMA_PART_REPLACED,
        "part replaced" + (note == null ? "" : ": " + note) + "; waiting for the customer's confirmation");
    steps.notifyCustomer(execution, NotificationKind.RMA_FIX_CONFIRMATION,
        "partNumber", string(execution, PART_NUMBER), "note", note);
  }
}

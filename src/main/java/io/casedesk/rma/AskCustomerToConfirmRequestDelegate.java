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

/** The request is covered: the customer is asked to confirm it ({@code POST /api/rmas/{id}/confirmation}). */
@Component("askCustomerToConfirmRequest")
public class AskCustomerToConfirmRequestDelegate implements JavaDelegate {

  private final RmaSteps steps;

  public AskCustomerToConfirmRequestDelegate(RmaSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Rma rma = steps.rmas().get(RmaSteps.rmaId(execution));
    String cover = string(execution, COVER);
    steps.changes().requestToConfirm(rma.id(), cover);
    steps.record(execution, Actors.of(execution, CASE_ENGINEER), CaseEventKind.RMA_REQUEST_FILED,
        "part %s for faulty serial %s at %s, covered by %s; waiting for the customer's confirmation"
            .formatted(rma.partNumber(), rma.faultySerialNumber(), rma.site(), cover));
    steps.notifyCustomer(execution, NotificationKind.RMA_REQUEST_CONFIRMATION,
        "partNumber", rma.partNumber(), "faultySerialNumber", rma.faultySerialNumber(), "site", rma.site(),
        "cover", cover);
  }
}

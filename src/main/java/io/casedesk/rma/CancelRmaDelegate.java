package io.casedesk.rma;

import static io.casedesk.cases.CaseVariables.CASE_ENGINEER;
import static io.casedesk.process.ProcessVariables.string;
import static io.casedesk.rma.RmaVariables.*;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The engineer cancelled the RMA (e.g. the customer no longer wants the part): the case takes over again. */
@Component("cancelRma")
public class CancelRmaDelegate implements JavaDelegate {

  private final RmaSteps steps;

  public CancelRmaDelegate(RmaSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String note = string(execution, REQUEST_NOTE);
    steps.changes().cancelled(RmaSteps.rmaId(execution));
    steps.record(execution, Actors.of(execution, CASE_ENGINEER), CaseEventKind.RMA_CANCELLED,
        note == null ? "cancelled" : "cancelled: " + note);
    execution.setVariable(RMA_OUTCOME, RmaSteps.rmaId(execution) + " cancelled" + (note == null ? "" : ": " + note));
  }
}

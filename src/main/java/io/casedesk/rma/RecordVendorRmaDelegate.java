package io.casedesk.rma;

import static io.casedesk.process.ProcessVariables.string;
import static io.casedesk.rma.RmaVariables.*;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The RMA desk requested the vendor RMA: to refill the depot when the part came from stock, else for the part
 * the engineer waits for.
 */
@Component("recordVendorRma")
public class RecordVendorRmaDelegate implements JavaDelegate {

  private final RmaSteps steps;

  public RecordVendorRmaDelegate(RmaSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String vendorRma = string(execution, VENDOR_RMA_NUMBER);
    boolean fromStock = "issued".equals(string(execution, ISSUE_OUTCOME));
    if (fromStock) {
      steps.changes().refillRequested(RmaSteps.rmaId(execution), vendorRma);
    } else {
      steps.changes().awaitingPart(RmaSteps.rmaId(execution), vendorRma);
    }
    steps.record(execution, Actors.of(execution), CaseEventKind.RMA_VENDOR_REQUESTED, fromStock
        ? "vendor RMA %s requested to refill depot %s".formatted(vendorRma, string(execution, ISSUE_FROM_DEPOT))
        : "vendor RMA %s requested; waiting for the part".formatted(vendorRma));
  }
}

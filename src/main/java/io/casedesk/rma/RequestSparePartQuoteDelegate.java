package io.casedesk.rma;

import static io.casedesk.cases.CaseVariables.CASE_ENGINEER;
import static io.casedesk.process.ProcessVariables.string;
import static io.casedesk.rma.RmaVariables.*;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Out of warranty and no contract cover: sales quotes the part instead of an RMA. */
@Component("requestSparePartQuote")
public class RequestSparePartQuoteDelegate implements JavaDelegate {

  private final RmaSteps steps;

  public RequestSparePartQuoteDelegate(RmaSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Rma rma = steps.rmas().get(RmaSteps.rmaId(execution));
    steps.changes().quotePending(rma.id(), string(execution, COVER));
    String warranty = string(execution, WARRANTY_ENDS_ON);
    steps.record(execution, Actors.of(execution, CASE_ENGINEER), CaseEventKind.RMA_NOT_COVERED,
        "part %s for faulty serial %s: %s, not covered by contract %s; sales prepares a quote".formatted(
            rma.partNumber(), rma.faultySerialNumber(),
            warranty == null ? "no warranty" : "warranty ended " + warranty, steps.supportCase(execution).contractId()));
  }
}

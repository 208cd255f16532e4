package io.casedesk.rma;

import static io.casedesk.cases.CaseVariables.CASE_ENGINEER;
import static io.casedesk.process.ProcessVariables.string;
import static io.casedesk.rma.RmaVariables.*;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CustomerTimeline;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Gives a new RMA its id (the business key of its process) and its row, linked to the case it serves. */
@Component("registerRma")
public class RegisterRmaDelegate implements JavaDelegate {

  private final RmaNumbers numbers;
  private final RmaSteps steps;

  public RegisterRmaDelegate(RmaNumbers numbers, RmaSteps steps) {
    this.numbers = numbers;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = RmaSteps.caseNumber(execution);
    if (caseNumber == null) {
      throw new IllegalStateException("An RMA is started from a case: the variable caseNumber is missing");
    }
    String rmaId = numbers.next();
    execution.setProcessBusinessKey(rmaId);
    execution.setVariable(RMA_ID, rmaId);
    String engineer = Actors.of(execution, CASE_ENGINEER);
    steps.rmas().insert(rmaId, caseNumber, execution.getProcessInstanceId(), engineer);
    String fault = string(execution, FAULT_DESCRIPTION);
    steps.record(execution, engineer, CaseEventKind.RMA_OPENED,
        fault == null ? "spare-part replacement opened" : "spare-part replacement opened" + CustomerTimeline.RMA_OPENED_FOR + fault);
  }
}

package io.casedesk.rma;

import static io.casedesk.cases.CaseVariables.CALLER_EMAIL;
import static io.casedesk.cases.CaseVariables.CALLER_NAME;
import static io.casedesk.cases.CaseVariables.CASE_ENGINEER;
import static io.casedesk.cases.CaseVariables.CONTRACT_ID;
import static io.casedesk.cases.CaseVariables.PRODUCT;
import static io.casedesk.process.ProcessVariables.string;
import static io.casedesk.rma.RmaVariables.*;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CustomerTimeline;
import io.casedesk.process.Actors;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Gives a new RMA its id (the business key of its process) and its row, linked to the case it serves. */
@Component("registerRma")
public class RegisterRmaDelegate implements JavaDelegate {

  /**
   * What the calling case may hand over that its row owns: no RMA step reads them as variables (the contract and
   * the product are read from the case's row, customer messages go to the case row's caller).
   */
  static final List<String> CASE_ROW_ONLY = List.of(CALLER_NAME, CALLER_EMAIL, CONTRACT_ID, PRODUCT);

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
    execution.removeVariables(CASE_ROW_ONLY);
    String fault = string(execution, FAULT_DESCRIPTION);
    steps.record(execution, engineer, CaseEventKind.RMA_OPENED,
        fault == null ? "spare-part replacement opened" : "spare-part replacement opened" + CustomerTimeline.RMA_OPENED_FOR + fault);
  }
}

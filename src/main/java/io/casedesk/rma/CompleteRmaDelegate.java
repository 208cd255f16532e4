package io.casedesk.rma;

import static io.casedesk.process.ProcessVariables.string;
import static io.casedesk.rma.RmaVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer confirmed the fix: the RMA is complete and tells the case how it ended. */
@Component("completeRma")
public class CompleteRmaDelegate implements JavaDelegate {

  private final RmaSteps steps;

  public CompleteRmaDelegate(RmaSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.changes().completed(RmaSteps.rmaId(execution));
    String serial = string(execution, GOOD_SERIAL_NUMBER);
    execution.setVariable(RMA_OUTCOME, "%s completed: part %s replaced%s".formatted(RmaSteps.rmaId(execution),
        string(execution, PART_NUMBER), serial == null ? "" : " by serial " + serial));
  }
}

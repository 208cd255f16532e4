package io.casedesk.changes;

import static io.casedesk.changes.ChangeVariables.CHARGEABLE;

import io.casedesk.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every expert approved: a paid upgrade goes to sales for a quote, anything else to the customer. */
@Component("recordPlanApproved")
public class RecordPlanApprovedDelegate implements JavaDelegate {

  private final ChangeSteps steps;

  public RecordPlanApprovedDelegate(ChangeSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (ProcessVariables.bool(execution, CHARGEABLE)) {
      steps.writes().quoting(ChangeSteps.changeId(execution));
    }
  }
}

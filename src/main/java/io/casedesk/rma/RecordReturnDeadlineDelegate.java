package io.casedesk.rma;

import static io.casedesk.rma.RmaVariables.RETURN_DEADLINE;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Keeps the return deadline the diagram computes (input parameter {@code deadline}, e.g. ten working days after
 * the good part arrived) for the timer, the task and the RMA's row.
 */
@Component("recordReturnDeadline")
public class RecordReturnDeadlineDelegate implements JavaDelegate {

  private final RmaSteps steps;

  public RecordReturnDeadlineDelegate(RmaSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date deadline = (Date) execution.getVariableLocal("deadline");
    execution.setVariable(RETURN_DEADLINE, deadline);
    steps.changes().returnDeadlineSet(RmaSteps.rmaId(execution), deadline.toInstant());
  }
}

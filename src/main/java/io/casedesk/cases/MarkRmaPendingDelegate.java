package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.*;
import static io.casedesk.process.ProcessVariables.*;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A hardware fault is confirmed: the case waits in RMA_PENDING while the RMA it calls ({@code rma.bpmn}) runs.
 */
@Component("markRmaPending")
public class MarkRmaPendingDelegate implements JavaDelegate {

  private final CaseSteps steps;

  public MarkRmaPendingDelegate(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    steps.changes().rmaPending(caseNumber);
    steps.record(caseNumber, Actors.of(execution, CASE_ENGINEER), CaseEventKind.RMA_REQUESTED,
        string(execution, ACTION_NOTE));
  }
}

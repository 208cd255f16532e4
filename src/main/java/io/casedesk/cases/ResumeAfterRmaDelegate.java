package io.casedesk.cases;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The RMA finished: the engineer takes the case up again. */
@Component("resumeAfterRma")
public class ResumeAfterRmaDelegate implements JavaDelegate {

  private final CaseSteps steps;

  public ResumeAfterRmaDelegate(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    steps.changes().rmaFinished(caseNumber);
    Object rma = execution.getVariable("rmaOutcome");
    steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.RMA_FINISHED, rma == null ? "RMA finished" : rma.toString());
  }
}

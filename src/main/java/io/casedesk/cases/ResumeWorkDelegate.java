package io.casedesk.cases;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer answered (or added a supplement to a proposed solution) and the diagram resumed the SLA clock:
 * work goes on, with the due times the clock now gives.
 */
@Component("resumeWork")
public class ResumeWorkDelegate implements JavaDelegate {

  private final CaseSteps steps;
  private final CaseDueTimes dueTimes;

  public ResumeWorkDelegate(CaseSteps steps, CaseDueTimes dueTimes) {
    this.steps = steps;
    this.dueTimes = dueTimes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    SlaDue due = dueTimes.apply(execution, steps.changes()::workResumed);
    steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.SLA_RESUMED, "Resolution due " + due.resolutionDue());
  }
}

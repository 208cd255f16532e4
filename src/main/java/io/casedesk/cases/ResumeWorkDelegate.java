package io.casedesk.cases;

import io.casedesk.process.Actors;
import io.casedesk.sla.SlaClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer answered (or added a supplement to a proposed solution) and the diagram resumed the SLA clock:
 * work goes on, with the due times the clock now gives.
 */
@Component("resumeWork")
public class ResumeWorkDelegate implements JavaDelegate {

  private final SlaClock clock;
  private final CaseSteps steps;
  private final WorkTaskDeadline workTask;

  public ResumeWorkDelegate(SlaClock clock, CaseSteps steps, WorkTaskDeadline workTask) {
    this.clock = clock;
    this.steps = steps;
    this.workTask = workTask;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    SlaDue due = SlaDue.of(clock, execution);
    steps.changes().workResumed(caseNumber, due);
    workTask.refresh(execution, steps.cases().get(caseNumber));
    steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.SLA_RESUMED, "Resolution due " + due.resolutionDue());
  }
}

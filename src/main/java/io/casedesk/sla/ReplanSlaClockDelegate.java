package io.casedesk.sla;

import io.casedesk.cases.CaseSteps;
import io.casedesk.cases.WorkTaskDeadline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The priority changed, so the SLA targets did: a running clock is restarted by the diagram with the new
 * targets, keeping the time already run; a paused clock takes them when it resumes.
 */
@Component("replanSlaClock")
public class ReplanSlaClockDelegate implements JavaDelegate {

  private final SlaClock clock;
  private final CaseSteps steps;
  private final WorkTaskDeadline workTask;

  public ReplanSlaClockDelegate(SlaClock clock, CaseSteps steps, WorkTaskDeadline workTask) {
    this.clock = clock;
    this.steps = steps;
    this.workTask = workTask;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    steps.update(caseNumber, SlaDueTimes.columns(clock, execution));
    workTask.refresh(execution, steps.cases().get(caseNumber));
    clock.replan(execution);
  }
}

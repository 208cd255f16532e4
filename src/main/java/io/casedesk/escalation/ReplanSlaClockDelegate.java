package io.casedesk.escalation;

import io.casedesk.cases.CaseSteps;
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

  public ReplanSlaClockDelegate(SlaClock clock, CaseSteps steps) {
    this.clock = clock;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.update(CaseSteps.caseNumber(execution), SlaDueTimes.columns(clock, execution));
    clock.replan(execution);
  }
}

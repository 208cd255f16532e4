package io.casedesk.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Restarts a re-planned clock; its timers are then set from the new targets. */
@Component("restartSlaClock")
public class RestartSlaClockDelegate implements JavaDelegate {

  private final SlaClock clock;

  public RestartSlaClockDelegate(SlaClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    clock.restartAfterReplan(execution);
  }
}

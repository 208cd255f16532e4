package io.casedesk.cases;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Keeps who made the call-back, so the action plan's unowned items and its timeline entry name them. */
@Component("rememberDutyManager")
public class RememberDutyManagerListener implements TaskListener {

  public static final String DUTY_MANAGER = "dutyManager";

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(DUTY_MANAGER, Actors.of(task));
  }
}

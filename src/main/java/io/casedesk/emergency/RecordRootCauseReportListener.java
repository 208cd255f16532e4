package io.casedesk.emergency;

import static io.casedesk.emergency.EmergencyVariables.CORRECTIVE_ACTIONS;
import static io.casedesk.emergency.EmergencyVariables.ROOT_CAUSE;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The root-cause report was written (or reworked): it is stored and goes to management's review. */
@Component("recordRootCauseReport")
public class RecordRootCauseReportListener implements TaskListener {

  private final RedFlagSteps steps;

  public RecordRootCauseReportListener(RedFlagSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    steps.changes().reportSubmitted(RedFlagSteps.number(task), string(task, ROOT_CAUSE),
        string(task, CORRECTIVE_ACTIONS), Actors.of(task));
  }
}

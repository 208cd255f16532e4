package io.casedesk.emergency;

import static io.casedesk.emergency.EmergencyVariables.PROGRESS_NOTE;
import static io.casedesk.emergency.EmergencyVariables.RESTORED;
import static io.casedesk.process.ProcessVariables.bool;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Technical support recorded the recovery's progress (it goes into the next status update) and whether the service
 * is restored; {@code restored} is always set, so the diagram's gateway can rely on it.
 */
@Component("recordRecoveryProgress")
public class RecordRecoveryProgressListener implements TaskListener {

  public static final String RESTORED_BY = "restoredBy";

  private final RedFlagSteps steps;

  public RecordRecoveryProgressListener(RedFlagSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean restored = bool(task, RESTORED);
    task.setVariable(RESTORED, restored);
    steps.changes().progressRecorded(RedFlagSteps.number(task), string(task, PROGRESS_NOTE));
    if (restored) {
      task.setVariable(RESTORED_BY, Actors.of(task));
    }
  }
}

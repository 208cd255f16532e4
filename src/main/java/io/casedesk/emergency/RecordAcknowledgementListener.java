package io.casedesk.emergency;

import static io.casedesk.emergency.EmergencyVariables.DUTY_ROLE;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** An on-duty role acknowledged the red flag: who and when. */
@Component("recordAcknowledgement")
public class RecordAcknowledgementListener implements TaskListener {

  private final RedFlagSteps steps;

  public RecordAcknowledgementListener(RedFlagSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    String role = string(task, DUTY_ROLE);
    String actor = Actors.of(task);
    steps.changes().roleAcknowledged(RedFlagSteps.number(task), role, actor);
    steps.record(task, actor, CaseEventKind.RED_FLAG_ACKNOWLEDGED,
        "Red flag " + RedFlagSteps.number(task) + " acknowledged as " + RedFlagSteps.roleName(role));
  }
}

package io.casedesk.emergency;

import static io.casedesk.emergency.EmergencyVariables.DUTY_ROLE;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.NotificationKind;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * An acknowledgement task was created: its on-duty role is phoned (notification {@code RED_FLAG_PHONE_ALERT} to the
 * task's candidate group, for the phone gateway) and the alert is recorded.
 */
@Component("phoneOnDutyRole")
public class PhoneOnDutyRoleListener implements TaskListener {

  private final RedFlagSteps steps;

  public PhoneOnDutyRoleListener(RedFlagSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    String role = string(task, DUTY_ROLE);
    for (IdentityLink candidate : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(candidate.getType()) && candidate.getGroupId() != null) {
        steps.redFlags().alerted(RedFlagSteps.number(task), role, candidate.getGroupId());
        steps.notifyGroup(task, candidate.getGroupId(), NotificationKind.RED_FLAG_PHONE_ALERT,
            Map.of("dutyRole", RedFlagSteps.roleName(role)));
      }
    }
  }
}

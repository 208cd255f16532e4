package io.casedesk.emergency;

import static io.casedesk.emergency.EmergencyVariables.*;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * An on-duty role did not acknowledge in time: the next person up ({@code escalateTo}, a group, from the diagram)
 * is phoned and may now acknowledge the task ({@code acknowledgementTask}) in the role's place.
 */
@Component("escalateUnacknowledgedRole")
public class EscalateUnacknowledgedRoleDelegate implements JavaDelegate {

  private final RedFlagSteps steps;

  public EscalateUnacknowledgedRoleDelegate(RedFlagSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String role = string(execution, DUTY_ROLE);
    String escalateTo = string(execution, ESCALATE_TO);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(string(execution, ACKNOWLEDGEMENT_TASK)).list()) {
      boolean alreadyCandidate = tasks.getIdentityLinksForTask(task.getId()).stream()
          .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && escalateTo.equals(l.getGroupId()));
      if (!alreadyCandidate) {
        tasks.addCandidateGroup(task.getId(), escalateTo);
      }
    }
    steps.changes().roleEscalated(RedFlagSteps.number(execution), role, escalateTo);
    steps.notifyGroup(execution, escalateTo, NotificationKind.RED_FLAG_NOT_ACKNOWLEDGED,
        Map.of("dutyRole", RedFlagSteps.roleName(role)));
    steps.record(execution, Actors.SYSTEM, CaseEventKind.RED_FLAG_ESCALATED, "The "
        + RedFlagSteps.roleName(role) + " did not acknowledge red flag " + RedFlagSteps.number(execution)
        + " in time; " + escalateTo + " phoned");
  }
}

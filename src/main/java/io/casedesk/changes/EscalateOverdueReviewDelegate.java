package io.casedesk.changes;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import io.casedesk.security.CasedeskGroups;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The review is overdue (the diagram says when): the managers are told which experts have not answered yet. */
@Component("escalateOverdueReview")
public class EscalateOverdueReviewDelegate implements JavaDelegate {

  private final ChangeSteps steps;

  public EscalateOverdueReviewDelegate(ChangeSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = ChangeSteps.changeId(execution);
    List<String> waitingFor = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("review-plan").list().stream()
        .map(task -> task.getAssignee() == null ? "?" : task.getAssignee()).sorted().toList();
    String experts = String.join(", ", waitingFor);
    steps.record(id, Actors.SYSTEM, ChangeEventKind.REVIEW_OVERDUE, "waiting for " + experts);
    steps.notifyGroup(id, CasedeskGroups.MANAGERS, NotificationKind.CHANGE_REVIEW_OVERDUE, "waitingFor", experts);
  }
}

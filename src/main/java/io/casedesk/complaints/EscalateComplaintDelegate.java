package io.casedesk.complaints;

import static io.casedesk.complaints.ComplaintVariables.*;
import static io.casedesk.process.ProcessVariables.integer;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The complaint was not answered in time: tell the group the diagram's escalation step names (input parameters
 * {@code level} and {@code notifyGroup}: 1 the department head, 2 management) and raise its escalation level.
 */
@Component("escalateComplaint")
public class EscalateComplaintDelegate implements JavaDelegate {

  private final ComplaintSteps steps;

  public EscalateComplaintDelegate(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintId = ComplaintSteps.complaintId(execution);
    int level = integer(execution, "level");
    String group = string(execution, "notifyGroup");
    int raised = Math.max(level, integer(execution, ESCALATION_LEVEL));
    execution.setVariable(ESCALATION_LEVEL, raised);
    steps.changes().escalated(complaintId, raised);
    Date answerDue = (Date) execution.getVariable(ANSWER_DUE);
    steps.record(complaintId, Actors.SYSTEM, ComplaintEventKind.ESCALATED,
        "Level %d: not answered by %s, %s notified".formatted(level, answerDue.toInstant(), group));

    Map<String, Object> data = new LinkedHashMap<>();
    data.put("complaintId", complaintId);
    data.put("level", level);
    data.put("complaintClass", string(execution, COMPLAINT_CLASS));
    data.put("department", string(execution, DEPARTMENT));
    data.put("answerDue", answerDue.toInstant().toString());
    steps.notifyGroup(group, complaintId, NotificationKind.COMPLAINT_ESCALATION, data);
  }
}

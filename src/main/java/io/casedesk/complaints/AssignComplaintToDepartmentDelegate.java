package io.casedesk.complaints;

import static io.casedesk.complaints.ComplaintVariables.*;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.process.Actors;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * complaint-routing.dmn named the department: the complaint is now theirs, with the answer due the committed
 * time after the complaint was received (time spent classifying it counts).
 */
@Component("assignComplaintToDepartment")
public class AssignComplaintToDepartmentDelegate implements JavaDelegate {

  private final ComplaintDeadlines deadlines;
  private final ComplaintSteps steps;

  public AssignComplaintToDepartmentDelegate(ComplaintDeadlines deadlines, ComplaintSteps steps) {
    this.deadlines = deadlines;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintId = ComplaintSteps.complaintId(execution);
    Instant receivedAt = ((Date) execution.getVariable(RECEIVED_AT)).toInstant();
    ComplaintDeadlines.Deadlines due = deadlines.plan(execution, receivedAt);

    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("complaint_class", string(execution, COMPLAINT_CLASS));
    columns.put("department", string(execution, DEPARTMENT));
    columns.put("candidate_group", string(execution, CANDIDATE_GROUP));
    columns.put("head_group", string(execution, HEAD_GROUP));
    columns.put("answer_due", due.answerDue());
    columns.put("status", ComplaintStatus.INVESTIGATING);
    steps.update(complaintId, columns);
    steps.record(complaintId, Actors.SYSTEM, ComplaintEventKind.ROUTED, "To %s (%s), answer due %s".formatted(
        string(execution, DEPARTMENT), string(execution, CANDIDATE_GROUP), due.answerDue()));
  }
}

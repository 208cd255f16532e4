package io.casedesk.complaints;

import static io.casedesk.complaints.ComplaintVariables.*;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.process.Actors;
import java.time.Instant;
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
    // the row's opened time: when the complaint was received
    Instant receivedAt = steps.complaints().get(complaintId).openedAt();
    ComplaintDeadlines.Deadlines due = deadlines.plan(execution, receivedAt);

    steps.changes().routed(complaintId, string(execution, COMPLAINT_CLASS), string(execution, DEPARTMENT),
        string(execution, CANDIDATE_GROUP), string(execution, HEAD_GROUP), due.answerDue());
    steps.record(complaintId, Actors.SYSTEM, ComplaintEventKind.ROUTED, "To %s (%s), answer due %s".formatted(
        string(execution, DEPARTMENT), string(execution, CANDIDATE_GROUP), due.answerDue()));
  }
}

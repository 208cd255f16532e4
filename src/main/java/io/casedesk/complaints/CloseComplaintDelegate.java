package io.casedesk.complaints;

import static io.casedesk.complaints.ComplaintVariables.SATISFIED;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the complaint: from now on it counts in the complaint figures. */
@Component("closeComplaint")
public class CloseComplaintDelegate implements JavaDelegate {

  private final ComplaintSteps steps;

  public CloseComplaintDelegate(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintId = ComplaintSteps.complaintId(execution);
    steps.changes().closed(complaintId);
    boolean satisfied = Boolean.TRUE.equals(execution.getVariable(SATISFIED));
    steps.record(complaintId, Actors.SYSTEM, ComplaintEventKind.CLOSED,
        satisfied ? "Closed: the customer is satisfied" : "Closed: settled by management");
  }
}

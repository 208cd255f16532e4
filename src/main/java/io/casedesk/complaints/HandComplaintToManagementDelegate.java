package io.casedesk.complaints;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Unsatisfied after the reinvestigation too: management settles the complaint. */
@Component("handComplaintToManagement")
public class HandComplaintToManagementDelegate implements JavaDelegate {

  private final ComplaintSteps steps;

  public HandComplaintToManagementDelegate(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintId = ComplaintSteps.complaintId(execution);
    steps.changes().handedToManagement(complaintId);
    steps.record(complaintId, Actors.SYSTEM, ComplaintEventKind.REFERRED_TO_MANAGEMENT,
        "Customer still not satisfied after the reinvestigation");
  }
}

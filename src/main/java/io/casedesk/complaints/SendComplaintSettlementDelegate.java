package io.casedesk.complaints;

import static io.casedesk.complaints.ComplaintVariables.SETTLEMENT;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Management's settlement of the complaint goes to the customer. */
@Component("sendComplaintSettlement")
public class SendComplaintSettlementDelegate implements JavaDelegate {

  private final ComplaintSteps steps;

  public SendComplaintSettlementDelegate(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintId = ComplaintSteps.complaintId(execution);
    String settlement = string(execution, SETTLEMENT);
    if (settlement == null || settlement.isBlank()) {
      throw new IllegalArgumentException("The settlement for the customer is missing");
    }
    String actor = Actors.of(execution);
    steps.changes().settled(complaintId, settlement, actor);
    steps.record(complaintId, actor, ComplaintEventKind.SETTLED, settlement);
    steps.notifyCustomer(steps.complaints().get(complaintId), NotificationKind.COMPLAINT_SETTLEMENT,
        Map.of("settlement", settlement));
  }
}

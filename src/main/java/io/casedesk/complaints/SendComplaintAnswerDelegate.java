package io.casedesk.complaints;

import static io.casedesk.complaints.ComplaintVariables.ANSWER;
import static io.casedesk.complaints.ComplaintVariables.REOPEN_COUNT;
import static io.casedesk.process.ProcessVariables.integer;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The department answered: the answer goes to the customer, and the hotline will call them back. */
@Component("sendComplaintAnswer")
public class SendComplaintAnswerDelegate implements JavaDelegate {

  private final ComplaintSteps steps;

  public SendComplaintAnswerDelegate(ComplaintSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintId = ComplaintSteps.complaintId(execution);
    String answer = string(execution, ANSWER);
    if (answer == null || answer.isBlank()) {
      throw new IllegalArgumentException("The answer to the customer is missing");
    }
    String actor = Actors.of(execution);
    boolean reinvestigated = integer(execution, REOPEN_COUNT) > 0;

    steps.changes().answered(complaintId, answer, actor, reinvestigated);
    steps.record(complaintId, actor, ComplaintEventKind.ANSWERED, answer);
    steps.notifyCustomer(steps.complaints().get(complaintId), NotificationKind.COMPLAINT_ANSWER,
        Map.of("answer", answer));
  }
}

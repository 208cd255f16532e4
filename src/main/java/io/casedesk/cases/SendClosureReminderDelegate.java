package io.casedesk.cases;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer has not answered the closure request yet: remind them once. */
@Component("sendClosureReminder")
public class SendClosureReminderDelegate implements JavaDelegate {

  private final CaseSteps steps;

  public SendClosureReminderDelegate(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    SupportCase supportCase = steps.cases().get(caseNumber);
    steps.notifyCustomer(caseNumber, NotificationKind.CLOSURE_REMINDER,
        Map.of("solution", supportCase.solution() == null ? "" : supportCase.solution()));
    steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.CLOSURE_REMINDER_SENT, "Closure reminder sent");
  }
}

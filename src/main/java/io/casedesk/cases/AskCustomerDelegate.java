package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.ACTION_NOTE;
import static io.casedesk.cases.CaseVariables.CASE_ENGINEER;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The engineer asked the customer something (the diagram has held the SLA clock): the case waits for the answer. */
@Component("askCustomer")
public class AskCustomerDelegate implements JavaDelegate {

  private final CaseSteps steps;
  private final CaseDueTimes dueTimes;

  public AskCustomerDelegate(CaseSteps steps, CaseDueTimes dueTimes) {
    this.steps = steps;
    this.dueTimes = dueTimes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    dueTimes.apply(execution, steps.changes()::waitingForCustomer);
    String question = string(execution, ACTION_NOTE);
    steps.record(caseNumber, Actors.of(execution, CASE_ENGINEER), CaseEventKind.INFORMATION_REQUESTED, question);
    steps.record(caseNumber, Actors.of(execution, CASE_ENGINEER), CaseEventKind.SLA_PAUSED, "Waiting for the customer");
    steps.notifyCustomer(caseNumber, NotificationKind.INFORMATION_REQUEST,
        Map.of("question", question == null ? "" : question));
  }
}

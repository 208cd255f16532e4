package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.CANDIDATE_GROUP;
import static io.casedesk.cases.CaseVariables.CASE_ENGINEER;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The customer wrote again within the reopen window: the case reopens with its engineer and a fresh SLA clock
 * (set by the next step), and customer and engineer are told.
 */
@Component("reopenCase")
public class ReopenCaseDelegate implements JavaDelegate {

  private final CaseSteps steps;

  public ReopenCaseDelegate(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    SupportCase supportCase = steps.cases().get(caseNumber);
    steps.changes().reopened(caseNumber);
    steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.REOPENED, "Reopened by a customer message");
    Map<String, Object> data = Map.of("caseNumber", caseNumber, "subject", supportCase.subject());
    steps.notifyCustomer(caseNumber, NotificationKind.REOPENED, null);
    String engineer = string(execution, CASE_ENGINEER);
    if (engineer != null) {
      steps.notifyUser(engineer, caseNumber, NotificationKind.REOPENED, data);
    } else {
      steps.notifyGroup(string(execution, CANDIDATE_GROUP), caseNumber, NotificationKind.REOPENED, data);
    }
  }
}

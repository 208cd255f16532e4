package io.casedesk.cases;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import io.casedesk.security.CasedeskGroups;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The duty manager did not call the customer back in time: the general managers are told. */
@Component("escalateOverdueCallBack")
public class EscalateOverdueCallBackDelegate implements JavaDelegate {

  private final CaseSteps steps;

  public EscalateOverdueCallBackDelegate(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.DUTY_MANAGER_OVERDUE,
        "No call-back with an action plan in time; general managers notified");
    steps.notifyGroup(CasedeskGroups.MANAGERS, caseNumber, NotificationKind.DUTY_MANAGER_OVERDUE,
        Map.of("caseNumber", caseNumber));
  }
}

package io.casedesk.emergency;

import static io.casedesk.emergency.EmergencyVariables.*;
import static io.casedesk.process.ProcessVariables.bool;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CustomerTimeline;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.EngineClock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The red flag gets its row; the case's timeline and the customer learn of it (not why: that stays internal). */
@Component("registerRedFlag")
public class RegisterRedFlagDelegate implements JavaDelegate {

  private final RedFlagSteps steps;

  public RegisterRedFlagDelegate(RedFlagSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    execution.setVariable(RED_FLAG_NUMBER, number);
    String declaredBy = string(execution, DECLARED_BY);
    boolean automatic = bool(execution, DECLARED_AUTOMATICALLY);
    steps.redFlags().insert(new RedFlag(number, execution.getProcessInstanceId(), string(execution, CASE_NUMBER),
        string(execution, COMPANY), RedFlagStatus.DECLARED, string(execution, CRITERION),
        string(execution, DESCRIPTION), automatic, string(execution, PRODUCT_GROUP), declaredBy, EngineClock.now(),
        0, null, null, null, null, null, null, null, null, null, null, 0, null, null, null, null));
    steps.record(execution, declaredBy, CaseEventKind.RED_FLAG_DECLARED, "Red flag " + number
        + (automatic ? " declared: the case meets the emergency criteria" : CustomerTimeline.DECLARED_BY + declaredBy));
    steps.notifyCustomer(execution, NotificationKind.RED_FLAG_DECLARED, Map.of());
  }
}

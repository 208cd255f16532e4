package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.ESCALATION_LEVEL;
import static io.casedesk.process.ProcessVariables.integer;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * An SLA escalation timer ran out: raise the case's escalation level and tell the level's group. The level
 * and the group are input parameters of the diagram's escalation step ({@code level}, {@code notifyGroup}).
 */
@Component("escalateCase")
public class EscalateCaseDelegate implements JavaDelegate {

  private final CaseSteps steps;

  public EscalateCaseDelegate(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    int level = integer(execution, "level");
    String group = string(execution, "notifyGroup");
    int raised = Math.max(level, integer(execution, ESCALATION_LEVEL));
    execution.setVariable(ESCALATION_LEVEL, raised);
    steps.changes().escalated(caseNumber, raised);
    steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.ESCALATED, "Level %d: %s notified".formatted(level, group));
    steps.notifyGroup(group, caseNumber, NotificationKind.ESCALATION, Map.of(
        "caseNumber", caseNumber,
        "level", level,
        "priority", string(execution, "priority"),
        "subject", string(execution, "subject")));
  }
}

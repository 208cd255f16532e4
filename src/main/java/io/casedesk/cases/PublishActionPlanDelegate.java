package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.ACTION_PLAN;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import io.casedesk.security.PersonNames;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The duty manager called the customer back: the action plan is stored and sent to the customer. The plan keeps
 * its owners as written (the duty manager's user id for a line without one); the e-mail names them.
 */
@Component("publishActionPlan")
public class PublishActionPlanDelegate implements JavaDelegate {

  private final ActionPlan actionPlan;
  private final CaseSteps steps;
  private final PersonNames personNames;

  public PublishActionPlanDelegate(ActionPlan actionPlan, CaseSteps steps, PersonNames personNames) {
    this.actionPlan = actionPlan;
    this.steps = steps;
    this.personNames = personNames;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    String manager = Actors.of(execution, RememberDutyManagerListener.DUTY_MANAGER);
    List<ActionPlan.Item> items = ActionPlan.parse(string(execution, ACTION_PLAN), manager);
    actionPlan.add(caseNumber, items, manager);
    steps.record(caseNumber, manager, CaseEventKind.ACTION_PLAN_PUBLISHED, items.size() + " action(s)");
    PersonNames.Lookup names = personNames.lookup();
    steps.notifyCustomer(caseNumber, NotificationKind.ACTION_PLAN, Map.of("actions", items.stream()
        .map(i -> Map.of("action", i.action(), "owner", names.nameOrText(i.owner()))).toList()));
  }
}

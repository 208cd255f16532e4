package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.*;
import static io.casedesk.process.ProcessVariables.*;

import io.casedesk.contracts.Entitlement;
import io.casedesk.contracts.EntitlementService;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import io.casedesk.process.EngineClock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Looks up the contract: valid contracts give the case its service level; others go to sales. */
@Component("checkEntitlement")
public class CheckEntitlementDelegate implements JavaDelegate {

  private final EntitlementService entitlements;
  private final CaseSteps steps;

  public CheckEntitlementDelegate(EntitlementService entitlements, CaseSteps steps) {
    this.entitlements = entitlements;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    SupportCase registered = steps.cases().get(caseNumber);
    Entitlement entitlement = entitlements.check(registered.contractId(), string(execution, PRODUCT),
        EngineClock.now());
    // only the gateway right after this step decides on it: transient, the row keeps the outcome (NO_CONTRACT)
    execution.setVariable(ENTITLED, Variables.booleanValue(entitlement.entitled(), true));
    execution.setVariable(SERVICE_LEVEL, entitlement.serviceLevel());

    if (entitlement.entitled()) {
      // the row takes the service level when the case opens, a few steps on in this transaction: one write less
      if (!entitlement.company().equals(registered.company())) {
        steps.changes().contractCompany(caseNumber, entitlement.company());
      }
      steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.ENTITLEMENT_CHECKED,
          "Contract %s, service level %s".formatted(entitlement.contractId(), entitlement.serviceLevel()));
    } else {
      // without a contract's company the case keeps the caller's, as registered
      steps.changes().noContract(caseNumber, entitlement.company(), entitlement.serviceLevel());
      execution.setVariable(ENTITLEMENT_REASON, entitlement.reason());
      steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.NO_CONTRACT, entitlement.reason());
      steps.notifyCustomer(caseNumber, NotificationKind.NO_CONTRACT, Map.of("reason", entitlement.reason()));
    }
  }
}

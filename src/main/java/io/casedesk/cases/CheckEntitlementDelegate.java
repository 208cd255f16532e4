package io.casedesk.cases;

import io.casedesk.process.Actors;
import static io.casedesk.cases.CaseVariables.*;
import static io.casedesk.process.ProcessVariables.*;

import io.casedesk.process.EngineClock;
import io.casedesk.contracts.EntitlementService;
import io.casedesk.contracts.Entitlement;
import io.casedesk.notification.NotificationKind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
    Entitlement entitlement = entitlements.check(steps.cases().get(caseNumber).contractId(),
        string(execution, PRODUCT), EngineClock.now());
    execution.setVariable(ENTITLED, entitlement.entitled());
    execution.setVariable(SERVICE_LEVEL, entitlement.serviceLevel());

    Map<String, Object> columns = new LinkedHashMap<>();
    if (entitlement.company() != null) { // else the caller's company, as registered
      columns.put("company", entitlement.company());
    }
    columns.put("service_level", entitlement.serviceLevel());
    if (!entitlement.entitled()) {
      columns.put("status", CaseStatus.NO_CONTRACT);
    }
    steps.update(caseNumber, columns);

    if (entitlement.entitled()) {
      steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.ENTITLEMENT_CHECKED,
          "Contract %s, service level %s".formatted(entitlement.contractId(), entitlement.serviceLevel()));
    } else {
      execution.setVariable(ENTITLEMENT_REASON, entitlement.reason());
      steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.NO_CONTRACT, entitlement.reason());
      steps.notifyCustomer(caseNumber, NotificationKind.NO_CONTRACT, Map.of("reason", entitlement.reason()));
    }
  }
}

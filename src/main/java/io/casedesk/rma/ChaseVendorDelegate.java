package io.casedesk.rma;

import static io.casedesk.process.ProcessVariables.string;
import static io.casedesk.rma.RmaVariables.*;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import io.casedesk.security.CasedeskGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The vendor's part has not arrived yet: the RMA desk is reminded to chase the vendor. */
@Component("chaseVendor")
public class ChaseVendorDelegate implements JavaDelegate {

  private final RmaSteps steps;

  public ChaseVendorDelegate(RmaSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String vendorRma = string(execution, VENDOR_RMA_NUMBER);
    steps.notifyGroup(execution, CasedeskGroups.RMA_DESK, NotificationKind.RMA_VENDOR_REMINDER,
        "vendorRmaNumber", vendorRma, "partNumber", string(execution, PART_NUMBER));
    steps.record(execution, Actors.SYSTEM, CaseEventKind.RMA_VENDOR_CHASED,
        "part not arrived yet: RMA desk reminded to chase vendor RMA " + vendorRma);
  }
}

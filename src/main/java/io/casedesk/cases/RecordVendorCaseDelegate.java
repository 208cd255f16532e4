package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.*;
import static io.casedesk.process.ProcessVariables.*;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The case went to the vendor's TAC: its case number is kept and shown to the customer. */
@Component("recordVendorCase")
public class RecordVendorCaseDelegate implements JavaDelegate {

  private final CaseSteps steps;

  public RecordVendorCaseDelegate(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    String vendor = string(execution, VENDOR_NAME);
    String vendorCase = string(execution, VENDOR_CASE_NUMBER);
    steps.changes().vendorCaseOpened(caseNumber, vendorCase);
    steps.record(caseNumber, Actors.of(execution, CASE_ENGINEER), CaseEventKind.VENDOR_CASE_OPENED,
        "%s case %s".formatted(vendor, vendorCase));
    steps.notifyCustomer(caseNumber, NotificationKind.VENDOR_CASE,
        Map.of("vendor", vendor == null ? "" : vendor, "vendorCaseNumber", vendorCase));
  }
}

package io.casedesk.rma;

import static io.casedesk.process.ProcessVariables.string;
import static io.casedesk.rma.RmaVariables.*;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.process.Actors;
import io.casedesk.process.EngineClock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The vendor's part arrived: its serial number and the vendor RMA number are kept; the return clock starts. */
@Component("recordPartArrival")
public class RecordPartArrivalDelegate implements JavaDelegate {

  private final RmaSteps steps;

  public RecordPartArrivalDelegate(RmaSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineClock.now();
    String serial = string(execution, GOOD_SERIAL_NUMBER);
    String vendorRma = string(execution, VENDOR_RMA_NUMBER);
    execution.setVariable(GOOD_PART_RECEIVED_AT, Date.from(now));
    steps.changes().partArrived(RmaSteps.rmaId(execution), serial, vendorRma, now);
    steps.record(execution, Actors.of(execution), CaseEventKind.RMA_PART_RECEIVED,
        "good part serial %s arrived under vendor RMA %s".formatted(serial, vendorRma));
  }
}

package io.casedesk.rma;

import static io.casedesk.process.ProcessVariables.string;
import static io.casedesk.rma.RmaVariables.*;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The faulty part is on its way back to the vendor. */
@Component("recordFaultyPartReturn")
public class RecordFaultyPartReturnDelegate implements JavaDelegate {

  private final RmaSteps steps;

  public RecordFaultyPartReturnDelegate(RmaSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tracking = string(execution, RETURN_TRACKING_NUMBER);
    String note = string(execution, RETURN_NOTE);
    steps.changes().faultyPartReturned(RmaSteps.rmaId(execution), tracking);
    steps.record(execution, Actors.of(execution), CaseEventKind.RMA_PART_RETURNED,
        "faulty part serial %s returned to the vendor, tracking %s%s".formatted(
            string(execution, FAULTY_SERIAL_NUMBER), tracking, note == null ? "" : ": " + note));
  }
}

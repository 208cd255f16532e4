package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.*;
import static io.casedesk.process.ProcessVariables.*;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sales followed up a case without contract: the outcome goes on the timeline and the case ends there. */
@Component("recordSalesFollowUp")
public class RecordSalesFollowUpDelegate implements JavaDelegate {

  private final CaseSteps steps;

  public RecordSalesFollowUpDelegate(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String note = string(execution, SALES_NOTE);
    steps.record(CaseSteps.caseNumber(execution), Actors.of(execution), CaseEventKind.SALES_FOLLOW_UP,
        string(execution, SALES_OUTCOME) + (note == null || note.isBlank() ? "" : ": " + note));
  }
}

package io.casedesk.changes;

import static io.casedesk.changes.ChangeVariables.*;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The engineer carried the change out (or rolled it back): the report comes next. */
@Component("recordChangeImplementation")
public class RecordChangeImplementationDelegate implements JavaDelegate {

  private final ChangeSteps steps;

  public RecordChangeImplementationDelegate(ChangeSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = ChangeSteps.changeId(execution);
    String outcome = string(execution, IMPLEMENTATION_OUTCOME);
    String note = string(execution, IMPLEMENTATION_NOTE);
    steps.writes().implemented(id, outcome);
    execution.setVariable(CHANGE_COMPLETED, !SendChangeReportDelegate.ROLLED_BACK.equals(outcome));
    steps.record(id, Actors.of(execution, PLAN_AUTHOR), ChangeEventKind.IMPLEMENTED,
        outcome + (note == null || note.isBlank() ? "" : ": " + note));
  }
}

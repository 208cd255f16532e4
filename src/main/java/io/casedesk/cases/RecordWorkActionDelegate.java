package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.*;
import static io.casedesk.process.ProcessVariables.*;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every completed work task leaves the engineer's action on the timeline. */
@Component("recordWorkAction")
public class RecordWorkActionDelegate implements JavaDelegate {

  private final CaseSteps steps;

  public RecordWorkActionDelegate(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.record(CaseSteps.caseNumber(execution), Actors.of(execution, CASE_ENGINEER), CaseEventKind.WORK_ACTION,
        string(execution, WORK_ACTION) + ": " + string(execution, ACTION_NOTE));
  }
}

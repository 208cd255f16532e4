package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.*;
import static io.casedesk.process.ProcessVariables.*;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** On the phone the customer and the hotline agreed on another priority; the SLA targets follow it. */
@Component("applyConfirmedPriority")
public class ApplyConfirmedPriorityDelegate implements JavaDelegate {

  private final CaseSteps steps;

  public ApplyConfirmedPriorityDelegate(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    String from = string(execution, PRIORITY);
    String to = string(execution, CONFIRMED_PRIORITY);
    execution.setVariable(PRIORITY, to);
    steps.changes().priorityChanged(caseNumber, to);
    String note = string(execution, CONFIRMATION_NOTE);
    steps.record(caseNumber, Actors.of(execution), CaseEventKind.PRIORITY_CHANGED,
        ("%s -> %s" + CustomerTimeline.AFTER_CALL + "%s").formatted(from, to, note == null || note.isBlank() ? "" : ": " + note));
  }
}

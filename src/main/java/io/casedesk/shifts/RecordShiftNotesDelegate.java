package io.casedesk.shifts;

import static io.casedesk.shifts.HandoffVariables.*;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The outgoing duty manager's notes go with the report, and into the form the incoming manager acknowledges. */
@Component("recordShiftNotes")
public class RecordShiftNotesDelegate implements JavaDelegate {

  private final HandoffRepository handoffs;

  public RecordShiftNotesDelegate(HandoffRepository handoffs) {
    this.handoffs = handoffs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String notes = string(execution, OUTGOING_NOTES);
    boolean none = notes == null || notes.isBlank();
    handoffs.recordNotes(handoffId(execution), none ? null : notes.strip(),
        Actors.of(execution, OUTGOING_MANAGER));
    execution.setVariable(SHIFT_NOTES, none ? "None." : notes.strip());
  }
}

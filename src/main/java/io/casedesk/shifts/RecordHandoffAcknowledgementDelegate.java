package io.casedesk.shifts;

import static io.casedesk.shifts.HandoffVariables.*;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The incoming shift took the hand-off over: who and when is kept with the report. */
@Component("recordHandoffAcknowledgement")
public class RecordHandoffAcknowledgementDelegate implements JavaDelegate {

  private final HandoffRepository handoffs;

  public RecordHandoffAcknowledgementDelegate(HandoffRepository handoffs) {
    this.handoffs = handoffs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String comment = string(execution, ACKNOWLEDGEMENT_COMMENT);
    handoffs.recordAcknowledgement(handoffId(execution), Actors.of(execution, INCOMING_MANAGER),
        comment == null || comment.isBlank() ? null : comment.strip());
  }
}

package io.casedesk.cases;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Closes a case whose fix was a change request (a bug fixed by an upgrade) once the change is done, through the
 * case's own process: the message {@code change-done} ends the work on the case (case-handling.bpmn, boundary event
 * of "Work the case"), which stops the SLA clock and closes the case as every closure does. Only a case being worked
 * closes; one waiting for the customer, a vendor or an RMA is left to its engineer.
 */
@Component
public class CaseClosureByChange {

  static final String CHANGE_DONE = "change-done";

  private final RuntimeService runtimeService;
  private final Timeline timeline;

  public CaseClosureByChange(RuntimeService runtimeService, Timeline timeline) {
    this.runtimeService = runtimeService;
    this.timeline = timeline;
  }

  /** Whether the case closed. Runs in the caller's transaction (a step of the change's process). */
  public boolean close(String caseNumber, String changeId) {
    boolean waiting = runtimeService.createExecutionQuery().processInstanceBusinessKey(caseNumber)
        .messageEventSubscriptionName(CHANGE_DONE).count() > 0;
    if (!waiting) {
      timeline.record(caseNumber, Actors.SYSTEM, CaseEventKind.WORK_ACTION,
          "Change " + changeId + " done; the case is not being worked, so it stays open");
      return false;
    }
    timeline.record(caseNumber, Actors.SYSTEM, CaseEventKind.WORK_ACTION, "Change " + changeId + " done: case closes");
    runtimeService.createMessageCorrelation(CHANGE_DONE).processInstanceBusinessKey(caseNumber).correlateWithResult();
    return true;
  }
}

package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.FIRST_RESPONSE_WITHIN;
import static io.casedesk.cases.CaseVariables.RESOLUTION_WITHIN;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.sla.SlaClock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** A case's SLA due times as its clock now stands (from the SLA targets the decision table gave). */
public record SlaDue(boolean held, Instant firstResponseDue, Instant resolutionDue) {

  static SlaDue of(SlaClock clock, DelegateExecution execution) {
    return new SlaDue(clock.isHeld(execution),
        clock.dueAt(execution, string(execution, FIRST_RESPONSE_WITHIN)),
        clock.dueAt(execution, string(execution, RESOLUTION_WITHIN)));
  }
}

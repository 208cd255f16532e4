package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.FIRST_RESPONSE_WITHIN;
import static io.casedesk.cases.CaseVariables.RESOLUTION_WITHIN;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.sla.SlaClock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** A case's SLA due times as its clock now stands (from the SLA targets the decision table gave). */
public record SlaDue(boolean held, Instant firstResponseDue, Instant resolutionDue) {

  static SlaDue of(SlaClock clock, DelegateExecution execution) {
    List<Instant> due = clock.dueAt(execution,
        List.of(string(execution, FIRST_RESPONSE_WITHIN), string(execution, RESOLUTION_WITHIN)));
    return new SlaDue(clock.isHeld(execution), due.get(0), due.get(1));
  }
}

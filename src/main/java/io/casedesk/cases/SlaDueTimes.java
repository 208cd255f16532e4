package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.FIRST_RESPONSE_WITHIN;
import static io.casedesk.cases.CaseVariables.RESOLUTION_WITHIN;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.sla.SlaClock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The SLA columns of a case row as the clock now stands. */
final class SlaDueTimes {

  private SlaDueTimes() {}

  static Map<String, Object> columns(SlaClock clock, DelegateExecution execution) {
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("sla_paused", clock.isHeld(execution));
    columns.put("first_response_due", clock.dueAt(execution, string(execution, FIRST_RESPONSE_WITHIN)));
    columns.put("resolution_due", clock.dueAt(execution, string(execution, RESOLUTION_WITHIN)));
    return columns;
  }
}

package io.casedesk.sla;

import static io.casedesk.cases.CaseVariables.FIRST_RESPONSE_WITHIN;
import static io.casedesk.cases.CaseVariables.RESOLUTION_WITHIN;
import static io.casedesk.process.ProcessVariables.string;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The SLA columns of a case row as the clock now stands. */
final class SlaDueTimes {

  private SlaDueTimes() {}

  static Map<String, Object> columns(SlaClock clock, VariableScope scope) {
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("sla_paused", clock.isPaused(scope));
    columns.put("first_response_due", clock.dueAt(scope, string(scope, FIRST_RESPONSE_WITHIN)));
    columns.put("resolution_due", clock.dueAt(scope, string(scope, RESOLUTION_WITHIN)));
    return columns;
  }
}

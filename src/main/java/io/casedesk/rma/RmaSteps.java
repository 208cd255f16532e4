package io.casedesk.rma;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseSteps;
import io.casedesk.cases.CaseVariables;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.ProcessVariables;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What the RMA's process steps do: change the RMA's row, add to its case's timeline, tell people. The RMA id is
 * the business key of the RMA processes; the case number comes in as a variable from the case.
 */
@Component
public class RmaSteps {

  private final RmaRepository rmas;
  private final CaseSteps cases;

  public RmaSteps(RmaRepository rmas, CaseSteps cases) {
    this.rmas = rmas;
    this.cases = cases;
  }

  public static String rmaId(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  public static String caseNumber(VariableScope scope) {
    return ProcessVariables.string(scope, CaseVariables.CASE_NUMBER);
  }

  public RmaRepository rmas() {
    return rmas;
  }

  public void update(DelegateExecution execution, Map<String, Object> columns) {
    rmas.update(rmaId(execution), columns);
  }

  /** A timeline line of the RMA's case; the detail starts with the RMA id. */
  public void record(DelegateExecution execution, String actor, CaseEventKind kind, String detail) {
    cases.record(caseNumber(execution), actor, kind, rmaId(execution) + ": " + detail);
  }

  public void notifyCustomer(DelegateExecution execution, NotificationKind kind, Map<String, Object> extra) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("rmaId", rmaId(execution));
    data.putAll(extra);
    cases.notifyCustomer(caseNumber(execution), kind, data);
  }

  public void notifyGroup(DelegateExecution execution, String groupId, NotificationKind kind,
      Map<String, Object> extra) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("rmaId", rmaId(execution));
    data.put("caseNumber", caseNumber(execution));
    data.putAll(extra);
    cases.notifyGroup(groupId, caseNumber(execution), kind, data);
  }

  /** Names and values in order, nulls kept: columns to update (null clears one), data of a notification. */
  public static Map<String, Object> map(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }
}

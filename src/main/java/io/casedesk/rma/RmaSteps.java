package io.casedesk.rma;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseSteps;
import io.casedesk.cases.CaseVariables;
import io.casedesk.cases.SupportCase;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.ProcessVariables;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What the RMA's process steps do: change the RMA's row (through {@link RmaChanges}), add to its case's timeline,
 * tell people. The RMA id is the business key of the RMA processes; the case number comes in as a variable from
 * the case.
 */
@Component
public class RmaSteps {

  private final RmaRepository rmas;
  private final RmaChanges changes;
  private final CaseSteps cases;

  public RmaSteps(RmaRepository rmas, RmaChanges changes, CaseSteps cases) {
    this.rmas = rmas;
    this.changes = changes;
    this.cases = cases;
  }

  public static String rmaId(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  public static String caseNumber(VariableScope scope) {
    return ProcessVariables.string(scope, CaseVariables.CASE_NUMBER);
  }

  /** The RMA's case as its row has it: the row owns the contract, the product and the caller. */
  public SupportCase supportCase(DelegateExecution execution) {
    return cases.cases().get(caseNumber(execution));
  }

  public RmaRepository rmas() {
    return rmas;
  }

  /** The one writer of the RMA's row after its registration. */
  public RmaChanges changes() {
    return changes;
  }

  /** A timeline line of the RMA's case; the detail starts with the RMA id. */
  public void record(DelegateExecution execution, String actor, CaseEventKind kind, String detail) {
    cases.record(caseNumber(execution), actor, kind, rmaId(execution) + ": " + detail);
  }

  /** To the case's caller; the data are the RMA id and then the given names and values in order, nulls kept. */
  public void notifyCustomer(DelegateExecution execution, NotificationKind kind, Object... namesAndValues) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("rmaId", rmaId(execution));
    put(data, namesAndValues);
    cases.notifyCustomer(caseNumber(execution), kind, data);
  }

  /** To a group; the data are the RMA id, the case number and then the given names and values in order. */
  public void notifyGroup(DelegateExecution execution, String groupId, NotificationKind kind,
      Object... namesAndValues) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("rmaId", rmaId(execution));
    data.put("caseNumber", caseNumber(execution));
    put(data, namesAndValues);
    cases.notifyGroup(groupId, caseNumber(execution), kind, data);
  }

  private static void put(Map<String, Object> data, Object... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      data.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
  }
}

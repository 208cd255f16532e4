package io.casedesk.rma;

import static io.casedesk.cases.CaseVariables.CASE_NUMBER;
import static io.casedesk.rma.RmaVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The good part is at hand, so the faulty one must go back to the vendor: starts {@code rma-return}, which keeps
 * the return deadline on its own. It outlives the RMA, whose end lets the case go on once the fix is confirmed.
 */
@Component("startFaultyPartReturn")
public class StartFaultyPartReturnDelegate implements JavaDelegate {

  public static final String PROCESS_KEY = "rma-return";

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    for (String name : new String[] {RMA_ID, CASE_NUMBER, PART_NUMBER, FAULTY_SERIAL_NUMBER, GOOD_PART_RECEIVED_AT}) {
      variables.put(name, execution.getVariable(name));
    }
    // the process starts it, not the user whose task completion got here: no start permission needed
    Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(PROCESS_KEY, RmaSteps.rmaId(execution), variables));
  }
}

package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.*;
import static io.casedesk.process.ProcessVariables.*;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The engineer proposes a solution: the case is resolved, the customer is asked to confirm closure, and the
 * diagram holds the SLA clock until the answer (a supplement resumes it).
 */
@Component("proposeSolution")
public class ProposeSolutionDelegate implements JavaDelegate {

  private final CaseSteps steps;

  public ProposeSolutionDelegate(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    String solution = string(execution, ACTION_NOTE);
    steps.changes().resolved(caseNumber, solution);
    steps.record(caseNumber, Actors.of(execution, CASE_ENGINEER), CaseEventKind.SOLUTION_PROPOSED, solution);
    steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.SLA_PAUSED, "Waiting for the customer's confirmation");
    steps.notifyCustomer(caseNumber, NotificationKind.CLOSURE_REQUEST,
        Map.of("solution", solution == null ? "" : solution));
  }
}

package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.*;
import static io.casedesk.process.ProcessVariables.*;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The supervisor decided on an engineer's request. An approved change of engineer hands the case to the named
 * engineer, or back to the queue when none is named.
 */
@Component("applySupervisorDecision")
public class ApplySupervisorDecisionDelegate implements JavaDelegate {

  private final CaseSteps steps;

  public ApplySupervisorDecisionDelegate(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String request = string(execution, WORK_ACTION);
    boolean approved = bool(execution, SUPERVISOR_APPROVED);
    String newEngineer = string(execution, NEW_ENGINEER);
    newEngineer = newEngineer == null || newEngineer.isBlank() ? null : newEngineer.strip();
    if (approved && "change-engineer".equals(request)) {
      execution.setVariable(CASE_ENGINEER, newEngineer); // the next work task goes to them
      if (newEngineer == null) {
        steps.changes().assigned(steps.cases().get(CaseSteps.caseNumber(execution)), null); // back to the queue
      }
    }
    String note = string(execution, DECISION_NOTE);
    steps.record(CaseSteps.caseNumber(execution), Actors.of(execution), CaseEventKind.SUPERVISOR_DECISION,
        "%s %s%s%s".formatted(request, approved ? "approved" : "refused",
            approved && newEngineer != null ? ", new engineer " + newEngineer : "",
            note == null || note.isBlank() ? "" : ": " + note));
  }
}

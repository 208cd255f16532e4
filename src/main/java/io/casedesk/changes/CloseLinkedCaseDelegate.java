package io.casedesk.changes;

import static io.casedesk.changes.ChangeVariables.CASE_NUMBER;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.cases.CaseClosureByChange;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The change that fixes a case is done: the case closes through its own process ({@link CaseClosureByChange}). A case
 * that is not being worked any more (waiting for the customer, say) stays open; the timeline says so.
 */
@Component("closeLinkedCase")
public class CloseLinkedCaseDelegate implements JavaDelegate {

  private final ChangeSteps steps;
  private final CaseClosureByChange closure;

  public CloseLinkedCaseDelegate(ChangeSteps steps, CaseClosureByChange closure) {
    this.steps = steps;
    this.closure = closure;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = ChangeSteps.changeId(execution);
    String caseNumber = string(execution, CASE_NUMBER);
    boolean closed = closure.close(caseNumber, id);
    steps.record(id, Actors.SYSTEM, closed ? ChangeEventKind.CASE_CLOSED : ChangeEventKind.CASE_NOT_CLOSED,
        caseNumber);
  }
}

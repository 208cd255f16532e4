package io.casedesk.changes;

import static io.casedesk.changes.ChangeVariables.PLAN_AUTHOR;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The author withdrew the change instead of (re)submitting its plan. */
@Component("withdrawChange")
public class WithdrawChangeDelegate implements JavaDelegate {

  private final ChangeSteps steps;

  public WithdrawChangeDelegate(ChangeSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = ChangeSteps.changeId(execution);
    steps.writes().withdrawn(id);
    steps.record(id, Actors.of(execution, PLAN_AUTHOR), ChangeEventKind.WITHDRAWN, null);
  }
}

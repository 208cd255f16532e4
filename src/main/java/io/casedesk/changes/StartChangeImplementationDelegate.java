package io.casedesk.changes;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The change window opened (the diagram's timer): the engineer carries the change out. */
@Component("startChangeImplementation")
public class StartChangeImplementationDelegate implements JavaDelegate {

  private final ChangeSteps steps;

  public StartChangeImplementationDelegate(ChangeSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = ChangeSteps.changeId(execution);
    steps.writes().implementationStarted(id);
    steps.record(id, Actors.SYSTEM, ChangeEventKind.IMPLEMENTATION_STARTED, null);
  }
}

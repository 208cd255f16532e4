package io.casedesk.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The step that does nothing: every delegate, listener and bean-method expression of the no-op copy of the
 * case diagram ({@link NoopDiagram}) points here, so that baseline measures what the diagram and its decision
 * tables cost without Casedesk's own code.
 */
@Component(NoopDiagram.BEAN)
@Profile("bench")
public class BenchNoop implements JavaDelegate, TaskListener, ExecutionListener {

  @Override
  public void execute(DelegateExecution execution) {
    // nothing
  }

  @Override
  public void notify(DelegateTask task) {
    // nothing
  }

  @Override
  public void notify(DelegateExecution execution) {
    // nothing
  }

  /** For {@code camunda:expression}: evaluates to nothing. */
  public Object nothing() {
    return null;
  }
}

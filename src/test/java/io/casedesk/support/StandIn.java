package io.casedesk.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Takes the place of a Spring delegate or task listener in a diagram test ({@code ${beanName}}): remembers each
 * run with the activity it ran in and the variables it saw (input parameters included), and does what the test
 * says the real bean would leave for the diagram, e.g. set the variable a gateway reads.
 */
public final class StandIn implements JavaDelegate, TaskListener {

  /** What the real bean leaves in the process for the diagram to read. */
  @FunctionalInterface
  public interface Effect {
    void on(VariableScope scope) throws Exception;
  }

  /** One run: where, and the variables visible there at that moment. */
  public record Run(String activityId, Map<String, Object> variables) {

    public Object variable(String name) {
      return variables.get(name);
    }
  }

  private final List<Run> runs = new ArrayList<>();
  private Effect effect = scope -> {};

  /** Lets every later run do {@code effect} after being recorded. */
  public StandIn doing(Effect effect) {
    this.effect = effect;
    return this;
  }

  @Override
  public void execute(DelegateExecution execution) throws Exception {
    runs.add(new Run(execution.getCurrentActivityId(), new HashMap<>(execution.getVariables())));
    effect.on(execution);
  }

  @Override
  public void notify(DelegateTask task) {
    runs.add(new Run(task.getTaskDefinitionKey(), new HashMap<>(task.getVariables())));
    try {
      effect.on(task);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public List<Run> runs() {
    return List.copyOf(runs);
  }

  public List<String> activities() {
    return runs.stream().map(Run::activityId).toList();
  }

  public boolean ran() {
    return !runs.isEmpty();
  }

  public Run lastRun() {
    if (runs.isEmpty()) {
      throw new AssertionError("never ran");
    }
    return runs.get(runs.size() - 1);
  }
}

package io.casedesk.problems;

import io.casedesk.process.Actors;
import io.casedesk.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A supervisor closed the problem: no more cases are linked to it; its record stays readable. */
@Component("closeProblem")
public class CloseProblemDelegate implements JavaDelegate {

  private final ProblemSteps steps;

  public CloseProblemDelegate(ProblemSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ProblemSteps.number(execution);
    String note = ProcessVariables.string(execution, ProblemVariables.CLOSURE_NOTE);
    String actor = Actors.of(execution);
    steps.changes().closed(number, actor, note == null || note.isBlank() ? null : note.strip());
    steps.timeline().record(number, actor, ProblemEventKind.CLOSED, note == null || note.isBlank() ? "Closed"
        : "Closed: " + note.strip());
  }
}

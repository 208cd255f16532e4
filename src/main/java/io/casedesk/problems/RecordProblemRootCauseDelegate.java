package io.casedesk.problems;

import io.casedesk.process.Actors;
import io.casedesk.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The investigation found the root cause: the problem's row and timeline keep it. */
@Component("recordProblemRootCause")
public class RecordProblemRootCauseDelegate implements JavaDelegate {

  private final ProblemSteps steps;

  public RecordProblemRootCauseDelegate(ProblemSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ProblemSteps.number(execution);
    String rootCause = ProcessVariables.string(execution, ProblemVariables.ROOT_CAUSE);
    steps.changes().rootCauseRecorded(number, rootCause);
    steps.timeline().record(number, Actors.of(execution), ProblemEventKind.ROOT_CAUSE_RECORDED, rootCause);
  }
}

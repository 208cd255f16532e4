package io.casedesk.changes;

import static io.casedesk.changes.ChangeVariables.*;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.process.Actors;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The author submitted the plan: it is stored and a new review round starts with no objections yet. */
@Component("submitChangePlan")
public class SubmitChangePlanDelegate implements JavaDelegate {

  private final ChangeSteps steps;

  public SubmitChangePlanDelegate(ChangeSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = ChangeSteps.changeId(execution);
    String author = Actors.of(execution, PLAN_AUTHOR);
    Instant start = ChangeSteps.instant(execution.getVariable(WINDOW_START));
    Instant end = ChangeSteps.instant(execution.getVariable(WINDOW_END));
    if (start == null || end == null || !end.isAfter(start)) {
      throw new IllegalArgumentException("The change window must have a start and an end after it");
    }
    steps.writes().planSubmitted(id, author, string(execution, PLAN_WHAT), string(execution, PLAN_WHY),
        string(execution, PLAN_RISK), string(execution, PLAN_ROLLBACK), start, end);
    steps.record(id, author, ChangeEventKind.PLAN_SUBMITTED, "window " + start + " to " + end + ": "
        + string(execution, PLAN_WHAT));
    execution.setVariable(PLAN_AUTHOR, author);
    execution.setVariable(OBJECTIONS, 0);
    execution.setVariable(REVIEW_COMMENTS, null);
  }
}

package io.casedesk.changes;

import static io.casedesk.changes.ChangeVariables.*;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.process.Actors;
import io.casedesk.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * An expert completed their review: the verdict and comment are stored for the round and the timeline, and an
 * objection is counted ({@code objections}: the diagram's completion rule ends the review at the first) with its
 * comment kept for the plan's author ({@code reviewComments}).
 */
@Component("recordExpertVerdict")
public class RecordExpertVerdictListener implements TaskListener {

  private final ChangeSteps steps;

  public RecordExpertVerdictListener(ChangeSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    String id = ChangeSteps.changeId(task);
    String expert = Actors.of(task);
    String verdict = string(task, VERDICT);
    String comment = string(task, REVIEW_COMMENT);
    ChangeEventKind kind = switch (verdict == null ? "" : verdict) {
      case "approve" -> ChangeEventKind.EXPERT_APPROVED;
      case "reject" -> ChangeEventKind.EXPERT_REJECTED;
      case "changes" -> ChangeEventKind.EXPERT_ASKED_FOR_CHANGES;
      default -> throw new IllegalArgumentException("verdict must be approve, reject or changes, not " + verdict);
    };
    int round = steps.changes().get(id).reviewRound();
    steps.changes().insertReview(id, round, expert, verdict, comment);
    steps.record(id, expert, kind, comment);
    if (kind != ChangeEventKind.EXPERT_APPROVED) {
      String earlier = string(task, REVIEW_COMMENTS);
      String line = expert + (kind == ChangeEventKind.EXPERT_REJECTED ? " rejected: " : " asks for changes: ")
          + comment;
      var instance = task.getExecution().getProcessInstance();
      instance.setVariable(REVIEW_COMMENTS, earlier == null ? line : earlier + "\n" + line);
      instance.setVariable(OBJECTIONS, ProcessVariables.integer(task, OBJECTIONS) + 1);
    }
  }
}

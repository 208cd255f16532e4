package io.casedesk.emergency;

import static io.casedesk.emergency.EmergencyVariables.REPORT_ACCEPTED;
import static io.casedesk.emergency.EmergencyVariables.REVIEW_NOTE;
import static io.casedesk.process.ProcessVariables.bool;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Management accepted the root-cause report, or sent it back for rework with a note; {@code reportAccepted} is
 * always set, so the diagram's gateway can rely on it.
 */
@Component("recordReportReview")
public class RecordReportReviewListener implements TaskListener {

  public static final String REVIEWED_BY = "reviewedBy";

  private final RedFlagSteps steps;

  public RecordReportReviewListener(RedFlagSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean accepted = bool(task, REPORT_ACCEPTED);
    task.setVariable(REPORT_ACCEPTED, accepted);
    String reviewer = Actors.of(task);
    task.setVariable(REVIEWED_BY, reviewer);
    String note = string(task, REVIEW_NOTE);
    String number = RedFlagSteps.number(task);
    if (accepted) {
      steps.changes().reportAccepted(number, reviewer);
    } else {
      steps.changes().reportRejected(number, note);
    }
    steps.record(task, reviewer, CaseEventKind.RED_FLAG_REPORT_REVIEWED, (accepted
        ? "Root-cause report of red flag " + number + " accepted"
        : "Root-cause report of red flag " + number + " sent back for rework")
        + (note == null || note.isBlank() ? "" : ": " + note));
  }
}

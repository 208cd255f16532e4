package io.casedesk.problems;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import io.casedesk.process.ProcessVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The problem becomes a known error: its workaround shows beside every linked case (case view, Tasklist's Case tab,
 * also for cases linked later), and the engineers of the linked open cases find it on the case's timeline and in an
 * e-mail.
 */
@Component("publishProblemWorkaround")
public class PublishProblemWorkaroundDelegate implements JavaDelegate {

  private final ProblemSteps steps;

  public PublishProblemWorkaroundDelegate(ProblemSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ProblemSteps.number(execution);
    String workaround = ProcessVariables.string(execution, ProblemVariables.WORKAROUND);
    String actor = Actors.of(execution);
    steps.changes().knownError(number, workaround);
    var told = steps.tellOpenCases(number, actor, CaseEventKind.PROBLEM_KNOWN_ERROR,
        "Known error " + number + ", workaround: " + workaround, NotificationKind.PROBLEM_WORKAROUND,
        Map.of("workaround", workaround));
    steps.timeline().record(number, actor, ProblemEventKind.KNOWN_ERROR_PUBLISHED,
        "Workaround published to " + told.size() + " open case" + (told.size() == 1 ? "" : "s") + ": " + workaround);
  }
}

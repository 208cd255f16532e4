package io.casedesk.problems;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import io.casedesk.process.ProcessVariables;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The fix is released: the engineer of every linked open case is told (a line on the case's timeline and an
 * e-mail; the queue's group while nobody works the case), so they can apply it and propose the solution.
 */
@Component("announceProblemFix")
public class AnnounceProblemFixDelegate implements JavaDelegate {

  private final ProblemSteps steps;

  public AnnounceProblemFixDelegate(ProblemSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ProblemSteps.number(execution);
    String fix = ProcessVariables.string(execution, ProblemVariables.FIX_DESCRIPTION);
    String actor = Actors.of(execution);
    steps.changes().fixed(number, fix);
    var told = steps.tellOpenCases(number, actor, CaseEventKind.PROBLEM_FIXED,
        "Problem " + number + " is fixed: " + fix, NotificationKind.PROBLEM_FIXED, Map.of("fix", fix));
    steps.timeline().record(number, actor, ProblemEventKind.FIXED, fix + (told.isEmpty() ? " (no open case to tell)"
        : " (told: " + told.stream().map(ProblemRepository.LinkedCase::caseNumber).collect(Collectors.joining(", "))
            + ")"));
  }
}

package io.casedesk.problems;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.ProcessVariables;
import io.casedesk.security.CasedeskGroups;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A step of the problem is late (the diagram's timers say when): the supervisors are told, and the problem's
 * timeline says so. The task stays where it is.
 */
@Component("remindProblemOverdue")
public class RemindProblemOverdueDelegate implements JavaDelegate {

  private final ProblemSteps steps;

  public RemindProblemOverdueDelegate(ProblemSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = ProblemSteps.number(execution);
    String step = ProcessVariables.string(execution, ProblemVariables.OVERDUE_STEP);
    steps.notifyGroup(number, CasedeskGroups.SUPERVISORS, NotificationKind.PROBLEM_OVERDUE,
        Map.of("overdue", step == null ? "a step" : step));
    steps.timeline().record(number, null, ProblemEventKind.STEP_OVERDUE,
        (step == null ? "A step" : capitalized(step)) + " is overdue; supervisors told");
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

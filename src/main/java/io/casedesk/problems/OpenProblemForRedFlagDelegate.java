package io.casedesk.problems;

import io.casedesk.cases.CaseRepository;
import io.casedesk.process.Actors;
import io.casedesk.process.ProcessVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A step of emergency-event.bpmn: management accepted a red flag's root-cause report and ticked "Open a problem", so
 * the root cause is tracked beyond this one outage. The problem is linked to the red flag's case (a network-wide red
 * flag without a case opens one without cases); its description carries the report's root cause.
 */
@Component("openProblemForRedFlag")
public class OpenProblemForRedFlagDelegate implements JavaDelegate {

  static final String RED_FLAG_NUMBER = "redFlagNumber";
  static final String CASE_NUMBER = "caseNumber";
  static final String RED_FLAG_ROOT_CAUSE = "rootCause";
  static final String REVIEWED_BY = "reviewedBy";

  private final ProblemService problems;
  private final CaseRepository cases;

  public OpenProblemForRedFlagDelegate(ProblemService problems, CaseRepository cases) {
    this.problems = problems;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String redFlag = ProcessVariables.string(execution, RED_FLAG_NUMBER);
    String caseNumber = ProcessVariables.string(execution, CASE_NUMBER);
    String subject = ProcessVariables.string(execution, ProblemVariables.SUBJECT);
    String rootCause = ProcessVariables.string(execution, RED_FLAG_ROOT_CAUSE);
    String title = "Red flag " + redFlag + (subject == null ? "" : ": " + subject);
    String description = "Root cause in the report of red flag " + redFlag + ": "
        + (rootCause == null ? "(none given)" : rootCause);
    String actor = Actors.of(execution, REVIEWED_BY);
    String number = problems.open(title.length() > 200 ? title.substring(0, 200) : title,
        description.length() > 4000 ? description.substring(0, 4000) : description, redFlag, actor);
    if (caseNumber != null && cases.find(caseNumber).isPresent()) {
      problems.link(number, List.of(caseNumber), actor);
    }
  }
}

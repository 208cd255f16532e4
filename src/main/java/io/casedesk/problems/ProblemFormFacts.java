package io.casedesk.problems;

import static io.casedesk.problems.ProblemVariables.*;

import io.casedesk.forms.FormFacts;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What the problem forms show of its row, which the process keeps no copy of: its text, cases, findings. */
@Component
public class ProblemFormFacts implements FormFacts {

  private final ProblemRepository problems;

  public ProblemFormFacts(ProblemRepository problems) {
    this.problems = problems;
  }

  @Override
  public Map<String, Object> of(String processDefinitionKey, String businessKey) {
    if (!PROCESS_KEY.equals(processDefinitionKey)) {
      return Map.of();
    }
    return problems.find(businessKey).map(this::facts).orElse(Map.of());
  }

  private Map<String, Object> facts(Problem problem) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(PROBLEM_DESCRIPTION, problem.description());
    facts.put(RECORDED_ROOT_CAUSE, problem.rootCause());
    facts.put(PUBLISHED_WORKAROUND, problem.workaround());
    var cases = problems.casesOf(problem.number());
    facts.put(LINKED_CASES, cases.isEmpty() ? "none yet" : cases.stream()
        .map(c -> c.caseNumber() + " (" + (c.company() == null ? "no company" : c.company()) + ", "
            + c.status().toLowerCase().replace('_', ' ') + "): " + c.subject())
        .collect(Collectors.joining("; ")));
    return facts;
  }
}

package io.casedesk.problems;

import io.casedesk.cases.CaseProblems;
import io.casedesk.cases.CaseView;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Shows a case's problems in the case view (and so on Tasklist's Case tab): the workaround once the problem is a
 * known error, the fix once it is released.
 */
@Component
public class CaseProblemLookup implements CaseProblems {

  private final ProblemRepository problems;

  public CaseProblemLookup(ProblemRepository problems) {
    this.problems = problems;
  }

  @Override
  public List<CaseView.Problem> of(String caseNumber) {
    return problems.ofCase(caseNumber).stream()
        .map(p -> new CaseView.Problem(p.number(), p.title(), p.status().name(), p.workaround(), p.knownErrorAt(),
            p.fix(), p.fixedAt()))
        .toList();
  }
}

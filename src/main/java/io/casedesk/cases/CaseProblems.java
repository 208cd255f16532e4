package io.casedesk.cases;

import java.util.List;

/** The problems a case is linked to, for the case view (staff only); implemented in io.casedesk.problems. */
public interface CaseProblems {

  /** The case's problems, newest first, with the workaround of those that are known errors. */
  List<CaseView.Problem> of(String caseNumber);
}

package io.casedesk.problems;

/**
 * The process variables of problem-management.bpmn. The problem's row ({@code problem}) owns the rest: its text,
 * root cause, workaround and fix, which the forms read through {@link ProblemFormFacts}.
 */
public final class ProblemVariables {

  private ProblemVariables() {}

  public static final String PROCESS_KEY = "problem-management";

  public static final String PROBLEM_NUMBER = "problemNumber";
  /** The problem's title, as Tasklist lists tasks by {@code subject}. */
  public static final String SUBJECT = "subject";

  // what the forms give
  public static final String ROOT_CAUSE = "rootCause";
  public static final String WORKAROUND = "workaround";
  public static final String FIX_DESCRIPTION = "fixDescription";
  public static final String CLOSURE_NOTE = "closureNote";

  // what the forms show of the row (ProblemFormFacts)
  public static final String PROBLEM_DESCRIPTION = "problemDescription";
  public static final String LINKED_CASES = "linkedCases";
  public static final String RECORDED_ROOT_CAUSE = "recordedRootCause";
  public static final String PUBLISHED_WORKAROUND = "publishedWorkaround";

  /** Input parameter of the overdue reminders: which step is late, as people say it. */
  public static final String OVERDUE_STEP = "overdueStep";

  /** The red flag's root-cause review (emergency-event.bpmn): open a problem for the root cause. */
  public static final String OPEN_PROBLEM = "openProblem";
}

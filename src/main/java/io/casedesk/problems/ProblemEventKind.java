package io.casedesk.problems;

/** What can happen to a problem; each becomes a line of its own timeline ({@link ProblemTimeline}). */
public enum ProblemEventKind {
  OPENED,
  CASE_LINKED,
  CASE_UNLINKED,
  ROOT_CAUSE_RECORDED,
  KNOWN_ERROR_PUBLISHED,
  STEP_OVERDUE,
  FIXED,
  CLOSED
}

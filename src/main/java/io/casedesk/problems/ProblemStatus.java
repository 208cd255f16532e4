package io.casedesk.problems;

/** Where a problem stands in problem-management.bpmn; {@link ProblemChanges} moves it from one to the next. */
public enum ProblemStatus {
  /** Opened: engineers look for the root cause. */
  INVESTIGATING,
  /** The root cause is recorded; the workaround is being written. */
  ROOT_CAUSE_KNOWN,
  /** A known error: its workaround is published to the linked cases; the fix is being made. */
  KNOWN_ERROR,
  /** The fix is released; the linked open cases' engineers were told; a supervisor closes the problem. */
  FIXED,
  CLOSED;

  public boolean isOpen() {
    return this != CLOSED;
  }
}

package io.casedesk.complaints;

/** Where a complaint stands. */
public enum ComplaintStatus {
  /** Registered; waits for the hotline to classify it (a complaint received without a class). */
  RECEIVED,
  /** With the responsible department, to investigate and answer (again, after an unsatisfied call-back). */
  INVESTIGATING,
  /** Answered; the hotline asks the customer whether they are satisfied. */
  AWAITING_CALL_BACK,
  /** Still unsatisfied after the reinvestigation: management settles it. */
  WITH_MANAGEMENT,
  CLOSED
}

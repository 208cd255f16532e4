package io.casedesk.changes;

/** Where a change request stands, as engineers, experts and the customer see it. */
public enum ChangeStatus {
  /** The author writes the plan (again, after the experts or the customer sent it back). */
  PLANNING,
  /** The expert group reviews the plan. */
  UNDER_REVIEW,
  /** A paid upgrade: sales prepares the quote. */
  QUOTING,
  /** The customer must approve the plan (and the quote, when there is one). */
  AWAITING_APPROVAL,
  /** Approved: waits for its window. */
  SCHEDULED,
  /** The window is open: the engineer carries it out. */
  IN_IMPLEMENTATION,
  /** Carried out: the engineer writes the implementation report. */
  REPORTING,
  /** Done and reported to the customer. */
  COMPLETED,
  /** Rolled back in its window and reported to the customer. */
  ROLLED_BACK,
  /** The author withdrew it. */
  WITHDRAWN
}

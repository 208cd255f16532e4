package io.casedesk.emergency;

/** Where a red flag stands. Customers see it too. */
public enum RedFlagStatus {
  /** Declared: the on-duty roles are phoned, recovery runs, the customer gets status updates. */
  DECLARED,
  /** The service works again; the root-cause report is due (again, after a rejected report). */
  RESTORED,
  /** The root-cause report waits for management's review. */
  REPORT_IN_REVIEW,
  /** Management accepted the report. */
  CLOSED
}

package io.casedesk.cases;

/** Where a case stands, as customers and agents see it. */
public enum CaseStatus {
  /** Registered, entitlement not yet checked. */
  NEW,
  /** No valid contract: handed to sales, not worked. */
  NO_CONTRACT,
  /** In its queue, no engineer has claimed it yet. */
  OPEN,
  IN_PROGRESS,
  /** The engineer asked the customer something; the SLA clock is paused. */
  WAITING_CUSTOMER,
  /** Waiting for a replacement part (RMA). */
  RMA_PENDING,
  /** A solution is proposed; waiting for the customer to confirm closure. */
  RESOLVED,
  CLOSED
}

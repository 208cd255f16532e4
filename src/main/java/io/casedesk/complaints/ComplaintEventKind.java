package io.casedesk.complaints;

/** What can happen to a complaint; each becomes a line of its timeline. Internal events are hidden from customers. */
public enum ComplaintEventKind {
  RECEIVED,
  CLASSIFIED,
  ROUTED,
  ESCALATED,
  ANSWERED,
  CALL_BACK,
  REOPENED,
  REFERRED_TO_MANAGEMENT,
  SETTLED,
  CLOSED;

  public boolean isInternal() {
    return this == ESCALATED;
  }
}

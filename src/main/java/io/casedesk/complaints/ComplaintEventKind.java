package io.casedesk.complaints;

/** What can happen to a complaint; each becomes a line of its timeline. Internal events are hidden from customers. */
public enum ComplaintEventKind {
  RECEIVED,
  /** Routing failed and waits for a retry (an incident in Cockpit); the complaint is registered. */
  ROUTING_DELAYED,
  CLASSIFIED,
  ROUTED,
  ESCALATED,
  ANSWERED,
  CALL_BACK,
  REOPENED,
  REFERRED_TO_MANAGEMENT,
  SETTLED,
  CLOSED;

  /**
   * Whether only staff and auditors see the event; customers read the rest with people named, not by user id
   * ({@code ComplaintService}). Every kind is listed, so a new kind does not compile until someone decides.
   */
  public boolean isInternal() {
    return switch (this) {
      case ESCALATED -> true;
      case RECEIVED, ROUTING_DELAYED, CLASSIFIED, ROUTED, ANSWERED, CALL_BACK, REOPENED, REFERRED_TO_MANAGEMENT, SETTLED, CLOSED -> false;
    };
  }
}

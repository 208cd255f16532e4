package io.casedesk.cases;

/** What can happen to a case; each becomes a line of its timeline. Internal events are hidden from customers. */
public enum CaseEventKind {
  OPENED,
  ENTITLEMENT_CHECKED,
  NO_CONTRACT,
  SALES_FOLLOW_UP,
  /** Triage failed and waits for a retry (an incident in Cockpit); the case is registered. */
  TRIAGE_DELAYED,
  TRIAGED,
  PRIORITY_CONFIRMED,
  PRIORITY_CHANGED,
  ASSIGNED,
  UNASSIGNED,
  WORK_ACTION,
  INFORMATION_REQUESTED,
  SLA_PAUSED,
  SLA_RESUMED,
  ESCALATED,
  SUPERVISOR_DECISION,
  RMA_REQUESTED,
  RMA_FINISHED,
  VENDOR_CASE_OPENED,
  SOLUTION_PROPOSED,
  CLOSURE_CONFIRMED,
  CLOSURE_REJECTED,
  CLOSURE_REMINDER_SENT,
  CLOSED,
  REOPENED,
  FOLLOW_UP_CASE_OPENED,
  CUSTOMER_MESSAGE,
  AGENT_MESSAGE,
  /** A note an agent added beside a task in Tasklist, for staff only. */
  INTERNAL_NOTE,
  DUTY_MANAGER_REQUESTED,
  ACTION_PLAN_PUBLISHED,
  DUTY_MANAGER_OVERDUE,
  SURVEY_ANSWERED,
  COMPLAINT_RECEIVED,
  // emergency events (red flags), io.casedesk.emergency
  RED_FLAG_DECLARED,
  RED_FLAG_ACKNOWLEDGED,
  RED_FLAG_ESCALATED,
  RED_FLAG_STATUS_UPDATE,
  RED_FLAG_RESTORED,
  RED_FLAG_REPORT_OVERDUE,
  RED_FLAG_REPORT_REVIEWED,
  RED_FLAG_CLOSED,
  // RMA (spare-part replacement) events; the detail names the RMA
  RMA_OPENED,
  RMA_CANCELLED,
  RMA_REQUEST_FILED,
  RMA_REQUEST_CONFIRMED,
  RMA_REQUEST_REFUSED,
  RMA_NOT_COVERED,
  RMA_QUOTE_SENT,
  RMA_PART_ISSUED,
  RMA_VENDOR_REQUESTED,
  RMA_VENDOR_CHASED,
  RMA_PART_RECEIVED,
  RMA_PART_REPLACED,
  RMA_FIX_CONFIRMED,
  RMA_FIX_REFUSED,
  RMA_RETURN_OVERDUE,
  RMA_PART_RETURNED,
  // E-mail intake: files that came with a customer's e-mail, kept or refused
  ATTACHMENT_ADDED,
  ATTACHMENT_REJECTED,
  // Health events (io.casedesk.health): an alert on the customer's system fired, was reported again, resolved
  HEALTH_ALERT_FIRING,
  HEALTH_ALERT_REPEATED,
  HEALTH_ALERT_RESOLVED,
  // problem management, io.casedesk.problems: the case was linked to a problem (or unlinked), the problem's
  // workaround was published (a known error), the problem's fix was released
  PROBLEM_LINKED,
  PROBLEM_UNLINKED,
  PROBLEM_KNOWN_ERROR,
  PROBLEM_FIXED;

  /**
   * Whether only staff and auditors see the event: customers read the rest, with people named and internal notes
   * left out ({@link CustomerTimeline}). Every kind is listed, so a new kind does not compile until someone decides;
   * {@code CustomerVisibilityTest} holds the same table.
   */
  public boolean isInternal() {
    return switch (this) {
      // the desk's own bookkeeping and notes: entitlement, sales, work notes, agents' notes, supervisors, overdue
      // managers
      case ENTITLEMENT_CHECKED, SALES_FOLLOW_UP, WORK_ACTION, INTERNAL_NOTE, SUPERVISOR_DECISION, DUTY_MANAGER_OVERDUE -> true;
      case RED_FLAG_ACKNOWLEDGED, RED_FLAG_ESCALATED, RED_FLAG_REPORT_OVERDUE, RED_FLAG_REPORT_REVIEWED -> true;
      case RMA_VENDOR_CHASED, RMA_RETURN_OVERDUE -> true;
      // a problem names other customers' cases and the desk's diagnosis: the engineer tells the customer what applies
      case PROBLEM_LINKED, PROBLEM_UNLINKED, PROBLEM_KNOWN_ERROR, PROBLEM_FIXED -> true;
      // what the customer asked, was told, or waits for
      case OPENED, NO_CONTRACT, TRIAGE_DELAYED, TRIAGED, PRIORITY_CONFIRMED, PRIORITY_CHANGED, ASSIGNED, UNASSIGNED,
          INFORMATION_REQUESTED, SLA_PAUSED, SLA_RESUMED, ESCALATED, RMA_REQUESTED, RMA_FINISHED, VENDOR_CASE_OPENED,
          SOLUTION_PROPOSED, CLOSURE_CONFIRMED, CLOSURE_REJECTED, CLOSURE_REMINDER_SENT, CLOSED, REOPENED,
          FOLLOW_UP_CASE_OPENED, CUSTOMER_MESSAGE, AGENT_MESSAGE, DUTY_MANAGER_REQUESTED, ACTION_PLAN_PUBLISHED,
          SURVEY_ANSWERED, COMPLAINT_RECEIVED -> false;
      case RED_FLAG_DECLARED, RED_FLAG_STATUS_UPDATE, RED_FLAG_RESTORED, RED_FLAG_CLOSED -> false;
      case RMA_OPENED, RMA_CANCELLED, RMA_REQUEST_FILED, RMA_REQUEST_CONFIRMED, RMA_REQUEST_REFUSED, RMA_NOT_COVERED,
          RMA_QUOTE_SENT, RMA_PART_ISSUED, RMA_VENDOR_REQUESTED, RMA_PART_RECEIVED, RMA_PART_REPLACED,
          RMA_FIX_CONFIRMED, RMA_FIX_REFUSED, RMA_PART_RETURNED -> false;
      case ATTACHMENT_ADDED, ATTACHMENT_REJECTED -> false;
      // what monitoring says about the customer's own system
      case HEALTH_ALERT_FIRING, HEALTH_ALERT_REPEATED, HEALTH_ALERT_RESOLVED -> false;
    };
  }
}

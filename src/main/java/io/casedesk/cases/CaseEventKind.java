package io.casedesk.cases;

/** What can happen to a case; each becomes a line of its timeline. Internal events are hidden from customers. */
public enum CaseEventKind {
  OPENED,
  ENTITLEMENT_CHECKED,
  NO_CONTRACT,
  SALES_FOLLOW_UP,
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
  DUTY_MANAGER_REQUESTED,
  ACTION_PLAN_PUBLISHED,
  DUTY_MANAGER_OVERDUE,
  SURVEY_ANSWERED,
  // E-mail intake: files that came with a customer's e-mail, kept or refused
  ATTACHMENT_ADDED,
  ATTACHMENT_REJECTED;

  public boolean isInternal() {
    return switch (this) {
      case WORK_ACTION, SUPERVISOR_DECISION, SALES_FOLLOW_UP, DUTY_MANAGER_OVERDUE, ENTITLEMENT_CHECKED -> true;
      default -> false;
    };
  }
}

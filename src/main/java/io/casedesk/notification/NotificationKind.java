package io.casedesk.notification;

/** The notifications Casedesk sends; each has its own message template. */
public enum NotificationKind {
  ACKNOWLEDGEMENT,
  NO_CONTRACT,
  ASSIGNMENT,
  ESCALATION,
  INFORMATION_REQUEST,
  VENDOR_CASE,
  CLOSURE_REQUEST,
  CLOSURE_REMINDER,
  CASE_CLOSED,
  SURVEY_INVITATION,
  REOPENED,
  CUSTOMER_MESSAGE,
  AGENT_MESSAGE,
  DUTY_MANAGER_REQUEST,
  ACTION_PLAN,
  DUTY_MANAGER_OVERDUE,
  // RMA: the customer confirms the spare-part request and the fix, or gets a quote; the RMA desk is reminded
  RMA_REQUEST_CONFIRMATION,
  RMA_QUOTE,
  RMA_FIX_CONFIRMATION,
  RMA_VENDOR_REMINDER,
  RMA_RETURN_OVERDUE
}

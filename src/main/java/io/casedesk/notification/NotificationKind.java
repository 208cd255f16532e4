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
  // E-mail intake: answers to senders whose mail could not (all) be taken in
  MAIL_UNKNOWN_SENDER,
  MAIL_ATTACHMENT_REJECTED,
  MAIL_TOO_LARGE
}

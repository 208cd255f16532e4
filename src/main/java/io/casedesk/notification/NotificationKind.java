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
  COMPLAINT_RECEIVED,
  COMPLAINT_ESCALATION,
  COMPLAINT_ANSWER,
  COMPLAINT_SETTLEMENT,
  // emergency events (red flags), io.casedesk.emergency
  RED_FLAG_DECLARED,
  RED_FLAG_PHONE_ALERT,
  RED_FLAG_NOT_ACKNOWLEDGED,
  RED_FLAG_STATUS_UPDATE,
  RED_FLAG_SERVICE_RESTORED,
  RED_FLAG_REPORT_OVERDUE,
  RED_FLAG_CLOSED,
  // RMA: the customer confirms the spare-part request and the fix, or gets a quote; the RMA desk is reminded
  RMA_REQUEST_CONFIRMATION,
  RMA_QUOTE,
  RMA_FIX_CONFIRMATION,
  RMA_VENDOR_REMINDER,
  RMA_RETURN_OVERDUE,
  // change requests, io.casedesk.changes: the customer approves the plan and gets the implementation report; the plan's
  // author hears of a returned plan, the managers of an overdue review
  CHANGE_APPROVAL_REQUEST,
  CHANGE_REPORT,
  CHANGE_PLAN_RETURNED,
  CHANGE_REVIEW_OVERDUE,
  HANDOFF_NOT_ACKNOWLEDGED,
  // E-mail intake: answers to senders whose mail could not (all) be taken in
  MAIL_UNKNOWN_SENDER,
  MAIL_ATTACHMENT_REJECTED,
  MAIL_TOO_LARGE,
  // a P1 or P2 case was opened: the duty manager of the shift on duty is told
  HOT_CASE_OPENED,
  // the previous month's figures to each contact of a customer company, io.casedesk.reporting
  MONTHLY_CUSTOMER_REPORT,
  // a proposed knowledge article waits too long for its review: the supervisors are reminded, io.casedesk.knowledge
  ARTICLE_REVIEW_OVERDUE,
  // maintenance inspections, io.casedesk.maintenance: the report to the contract's contacts, an overdue one to staff
  INSPECTION_REPORT,
  INSPECTION_OVERDUE,
  // problem management, io.casedesk.problems: to the engineers of a problem's linked open cases (its workaround,
  // its fix) and to the supervisors (a step overdue)
  PROBLEM_WORKAROUND,
  PROBLEM_FIXED,
  PROBLEM_OVERDUE
}

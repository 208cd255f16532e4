package io.casedesk.complaints;

/** Names of the process variables complaint.bpmn and the Java steps share. */
public final class ComplaintVariables {

  public static final String COMPLAINT_ID = "complaintId";
  public static final String CASE_NUMBER = "caseNumber";
  public static final String COMPLAINT_CLASS = "complaintClass";

  // what the complaint is: handed to the registration, then only the row keeps them (the forms read them from it,
  // ComplaintFormFacts; RegisterComplaintDelegate.ROW_ONLY)
  public static final String COMPANY = "company";
  public static final String CHANNEL = "channel";
  public static final String DESCRIPTION = "description";
  public static final String CONTACT_NAME = "contactName";
  public static final String CONTACT_EMAIL = "contactEmail";
  public static final String CONTACT_PHONE = "contactPhone";
  public static final String OPENED_BY = "openedBy";
  /** The hotline agent who started the complaint in Tasklist (start event initiator). */
  public static final String REPORTED_BY = "reportedBy";

  // outputs of complaint-routing.dmn
  public static final String DEPARTMENT = "department";
  public static final String CANDIDATE_GROUP = "candidateGroup";
  public static final String HEAD_GROUP = "headGroup";
  public static final String ANSWER_WITHIN = "answerWithin";
  public static final String ESCALATE_TO_MANAGEMENT_AFTER = "escalateToManagementAfter";

  // deadlines of the current investigation, read by the task's due date and its timers
  public static final String ANSWER_DUE = "answerDue";
  public static final String MANAGEMENT_DUE = "managementDue";

  public static final String ESCALATION_LEVEL = "escalationLevel";
  public static final String ANSWER = "answer";
  public static final String SATISFIED = "satisfied";
  public static final String SATISFACTION_SCORE = "satisfactionScore";
  public static final String SATISFACTION_NOTE = "satisfactionNote";
  /** Who answered the call-back over the API (a customer, or an agent); Tasklist users are known anyway. */
  public static final String CALL_BACK_BY = "callBackBy";
  public static final String REOPEN_COUNT = "reopenCount";
  public static final String SETTLEMENT = "settlement";

  private ComplaintVariables() {}
}

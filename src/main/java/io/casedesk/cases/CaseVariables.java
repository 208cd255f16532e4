package io.casedesk.cases;

/** Names of the process variables the diagrams and the Java steps share ({@code ProcessVariables} reads them). */
public final class CaseVariables {

  public static final String CASE_NUMBER = "caseNumber";
  public static final String CALLER_NAME = "callerName";
  public static final String CALLER_COMPANY = "callerCompany";
  public static final String CALLER_PHONE = "callerPhone";
  public static final String CALLER_EMAIL = "callerEmail";
  public static final String CALLER_ADDRESS = "callerAddress";
  public static final String CONTRACT_ID = "contractId";
  public static final String PRODUCT = "product";
  public static final String CATEGORY = "category";
  public static final String IMPACT = "impact";
  public static final String URGENCY = "urgency";
  public static final String SUBJECT = "subject";
  public static final String DESCRIPTION = "description";
  public static final String CHANNEL = "channel";
  public static final String OPENED_BY = "openedBy";

  /**
   * What triage decides on and nothing after it: the decision tables' inputs and the confirm-by-phone gateway's
   * channel. The case row keeps them; the process forgets them once the case is open in its queue.
   */
  public static final java.util.Set<String> TRIAGE_INPUTS = java.util.Set.of(IMPACT, URGENCY, CATEGORY, PRODUCT,
      CHANNEL);
  public static final String RELATED_CASE = "relatedCaseNumber";

  public static final String ENTITLED = "entitled";
  /** Why a case has no valid contract: the sales follow-up task's call reason names it. */
  public static final String ENTITLEMENT_REASON = "entitlementReason";
  public static final String COMPANY = "company";
  public static final String SERVICE_LEVEL = "serviceLevel";
  public static final String PRIORITY = "priority";
  public static final String CONFIRMED_PRIORITY = "confirmedPriority";
  public static final String QUEUE = "queue";
  public static final String CANDIDATE_GROUP = "candidateGroup";
  public static final String FIRST_RESPONSE_WITHIN = "firstResponseWithin";
  public static final String RESOLUTION_WITHIN = "resolutionWithin";
  public static final String ESCALATION_LEVEL = "escalationLevel";
  public static final String CASE_ENGINEER = "caseEngineer";

  public static final String WORK_ACTION = "workAction";
  public static final String ACTION_NOTE = "actionNote";
  public static final String SUPERVISOR_APPROVED = "supervisorApproved";
  public static final String DECISION_NOTE = "decisionNote";
  public static final String NEW_ENGINEER = "newEngineer";
  public static final String VENDOR_NAME = "vendorName";
  public static final String VENDOR_CASE_NUMBER = "vendorCaseNumber";
  public static final String ACTION_PLAN = "actionPlan";
  public static final String DUTY_MANAGER_REASON = "dutyManagerReason";
  public static final String CLOSURE_OUTCOME = "closureOutcome";
  public static final String SALES_OUTCOME = "salesOutcome";
  public static final String SALES_NOTE = "salesNote";
  public static final String CONFIRMATION_NOTE = "confirmationNote";

  private CaseVariables() {}
}

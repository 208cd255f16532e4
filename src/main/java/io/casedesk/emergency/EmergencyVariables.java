package io.casedesk.emergency;

/** Names of the process variables of {@code emergency-event} (and the links it shares with {@code case-handling}). */
public final class EmergencyVariables {

  public static final String PROCESS_KEY = "emergency-event";
  /** The acknowledgement form's required box: a role's task cannot be completed without ticking it. */
  public static final String ACKNOWLEDGED = "acknowledged";

  /** On both processes: the red flag's number (the business key of emergency-event). */
  public static final String RED_FLAG_NUMBER = "redFlagNumber";
  /** The linked case, or none for a red flag declared without a case. */
  public static final String CASE_NUMBER = "caseNumber";
  /** The candidate group of the product group's technical support (the case's queue group). */
  public static final String PRODUCT_GROUP = "productGroup";
  /** The case's subject, for Tasklist's column. */
  public static final String SUBJECT = "subject";

  // what the red flag is: handed to the registration as transient variables, then only its row keeps them (the forms
  // read criterion, description and company from it, RedFlagFormFacts)
  public static final String CRITERION = "criterion";
  public static final String DESCRIPTION = "description";
  public static final String COMPANY = "company";
  public static final String DECLARED_BY = "declaredBy";
  public static final String DECLARED_AUTOMATICALLY = "declaredAutomatically";

  /** Local variables of the acknowledgement tasks and their escalations. */
  public static final String DUTY_ROLE = "dutyRole";
  public static final String ESCALATE_TO = "escalateTo";
  public static final String ACKNOWLEDGEMENT_TASK = "acknowledgementTask";

  public static final String PROGRESS_NOTE = "progressNote";
  public static final String RESTORED = "restored";
  public static final String REPORT_WITHIN = "reportWithin";
  public static final String REPORT_DUE = "reportDue";
  public static final String ROOT_CAUSE = "rootCause";
  public static final String CORRECTIVE_ACTIONS = "correctiveActions";
  public static final String REPORT_ACCEPTED = "reportAccepted";
  public static final String REVIEW_NOTE = "reviewNote";

  /** Set on case-handling by decision table emergency-criteria ("Check emergency criteria"). */
  public static final String EMERGENCY_CRITERION = "emergencyCriterion";

  /** Who leads recovery when a red flag has no case to take the queue's group from. */
  public static final String DEFAULT_PRODUCT_GROUP = "engineers";

  private EmergencyVariables() {}
}

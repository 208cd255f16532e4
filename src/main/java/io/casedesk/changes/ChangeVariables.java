package io.casedesk.changes;

/** Names of the process variables of {@code change-request.bpmn}; the business key is the change id. */
public final class ChangeVariables {

  public static final String CHANGE_ID = "changeId";
  public static final String CASE_NUMBER = "caseNumber";
  public static final String TITLE = "title";
  /** A paid upgrade (the customer asked for it): sales quotes it before the customer approves. */
  public static final String CHARGEABLE = "chargeable";
  /** Who writes the plan and carries it out; null lets any engineer take the task. */
  public static final String PLAN_AUTHOR = "planAuthor";

  // the plan form
  public static final String PLAN_ACTION = "planAction";
  public static final String PLAN_WHAT = "planWhat";
  public static final String PLAN_WHY = "planWhy";
  public static final String PLAN_RISK = "planRisk";
  public static final String PLAN_ROLLBACK = "planRollback";
  public static final String WINDOW_START = "windowStart";
  public static final String WINDOW_END = "windowEnd";
  /** What the experts or the customer said when they sent the plan back, for its author. */
  public static final String REVIEW_COMMENTS = "reviewComments";

  // the expert review
  public static final String REVIEWER = "reviewer";
  public static final String VERDICT = "verdict";
  public static final String REVIEW_COMMENT = "reviewComment";
  /** Rejections and requests for changes in the current round; the review ends at the first. */
  public static final String OBJECTIONS = "objections";

  // the quote
  public static final String QUOTE_REFERENCE = "quoteReference";
  public static final String QUOTE_PRICE = "quotePrice";
  public static final String QUOTE_NOTE = "quoteNote";

  // the customer's answer
  public static final String CUSTOMER_APPROVED = "customerApproved";
  public static final String CUSTOMER_COMMENT = "customerComment";

  // implementation and report
  public static final String IMPLEMENTATION_OUTCOME = "implementationOutcome";
  public static final String IMPLEMENTATION_NOTE = "implementationNote";
  public static final String IMPLEMENTATION_REPORT = "implementationReport";
  /** Carried out as planned (not rolled back): a case it fixes closes. */
  public static final String CHANGE_COMPLETED = "changeCompleted";

  private ChangeVariables() {}
}

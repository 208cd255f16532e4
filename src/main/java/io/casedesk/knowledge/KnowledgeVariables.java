package io.casedesk.knowledge;

/** The variables of {@code knowledge-article}: the article's draft, which the forms edit, and the decisions. */
public final class KnowledgeVariables {

  public static final String PROCESS_KEY = "knowledge-article";

  public static final String ARTICLE_ID = "articleId";
  public static final String CASE_NUMBER = "caseNumber";
  /** The engineer who proposes (and revises) the article: the proposal task's assignee. */
  public static final String AUTHOR = "articleAuthor";
  public static final String TITLE = "articleTitle";
  public static final String SYMPTOM = "symptom";
  public static final String CAUSE = "cause";
  public static final String SOLUTION = "articleSolution";
  public static final String PRODUCT = "product";
  public static final String CATEGORY = "category";
  /** {@code internal} or {@code customer}. */
  public static final String VISIBILITY = "visibility";
  /** The proposal form's choice: {@code submit} or {@code decline}. */
  public static final String PROPOSAL_ACTION = "proposalAction";
  /** The review form's choice: {@code publish}, {@code revise} (back to the author) or {@code reject}. */
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_COMMENT = "reviewComment";
  /** The supervisor who completed the review. */
  public static final String REVIEWER = "articleReviewer";

  private KnowledgeVariables() {}
}

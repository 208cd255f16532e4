package io.casedesk.knowledge;

/** Where an article stands: proposed (in review or being revised), published, or never to be. */
public enum ArticleStatus {
  PROPOSED,
  PUBLISHED,
  REJECTED,
  DECLINED
}

package io.casedesk.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * Ranked full-text search over published articles and closed cases: {@link PostgresTextSearch} in production,
 * {@link PortableTextSearch} on the embedded H2 default. Best match first; access is decided by the caller's
 * {@link Scope}.
 */
public interface TextSearch {

  /**
   * What may be found. {@code customerVisibleOnly}: only customer-visible articles; {@code caseCompany}: only that
   * company's cases (a customer's), null for all; {@code excludeCase}: leave out articles written from this case.
   */
  record Scope(boolean customerVisibleOnly, String product, String category, String caseCompany, String excludeCase) {}

  record ArticleHit(Article article, double rank) {}

  record CaseHit(String caseNumber, String subject, String product, String category, String company,
      String solution, Instant closedAt, double rank) {}

  List<ArticleHit> articles(SearchTerms terms, Scope scope, int limit);

  List<CaseHit> closedCases(SearchTerms terms, Scope scope, int limit);
}

package io.casedesk.knowledge;

import java.time.Instant;
import java.util.List;

/** What the knowledge API answers. Staff read who wrote, published and used an article; customers its content. */
public final class ArticleViews {

  private ArticleViews() {}

  /** An article in a list or search result; {@code rank} only in a search, {@code helpedThisCase} only for a case. */
  public record Summary(long id, String title, String symptom, String solution, String product, String category,
      String visibility, String status, int version, Instant publishedAt, Double rank, Long helpedCases,
      Long solvedForCustomers, Boolean helpedThisCase) {}

  /** One article; the staff-only parts ({@code author}, {@code sourceCase}, versions, cases) are null for customers. */
  public record Detail(long id, String title, String symptom, String cause, String solution, String product,
      String category, String visibility, String status, int version, Instant publishedAt, Instant updatedAt,
      long helpedCases, long solvedForCustomers, String author, String sourceCase, String reviewComment,
      List<ArticleRepository.Version> versions, List<ArticleRepository.CaseLink> cases) {}

  /** A closed case found by a search. */
  public record CaseResult(String caseNumber, String subject, String product, String category, String solution,
      Instant closedAt, double rank) {}

  /** A search over articles and closed cases. */
  public record SearchResult(String query, List<Summary> articles, List<CaseResult> cases) {}

  /** A use recorded ("This helped"): the article with its new count. */
  public record Use(long articleId, String caseNumber, boolean recorded, long helpedCases) {}

  /** A customer's "This solved my problem": counted; nothing is opened or closed. */
  public record Solved(long articleId, long solvedForCustomers) {}

  /** A revision under way: its process instance's business key. */
  public record Revision(long articleId, String businessKey) {}
}

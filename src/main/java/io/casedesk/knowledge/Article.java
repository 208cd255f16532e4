package io.casedesk.knowledge;

import java.time.Instant;

/**
 * An article as the {@code article} row keeps it: its current published content (a proposal's draft until it is
 * first published), the version published last (0 before that), who proposed it and from which case.
 */
public record Article(
    long id,
    ArticleStatus status,
    Visibility visibility,
    String title,
    String symptom,
    String cause,
    String solution,
    String product,
    String category,
    int version,
    String author,
    String sourceCase,
    String reviewComment,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt) {

  /** The content an author proposes and a supervisor publishes. */
  public record Draft(String title, String symptom, String cause, String solution, String product, String category,
      Visibility visibility) {}

  public Draft draft() {
    return new Draft(title, symptom, cause, solution, product, category, visibility);
  }

  public boolean customerVisible() {
    return status == ArticleStatus.PUBLISHED && visibility == Visibility.CUSTOMER;
  }
}

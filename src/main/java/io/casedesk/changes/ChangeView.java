package io.casedesk.changes;

import java.time.Instant;
import java.util.List;

/**
 * A change request as {@code GET /api/changes/{id}} shows it. Customers see the plan, the window, the quote and the
 * report; the experts' verdicts and the timeline are for staff, experts and auditors ({@code reviews} and
 * {@code timeline} are empty for customers).
 */
public record ChangeView(
    String id,
    ChangeOrigin origin,
    String caseNumber,
    String company,
    String title,
    String description,
    boolean chargeable,
    ChangeStatus status,
    Plan plan,
    Quote quote,
    String customerComment,
    String implementationOutcome,
    String report,
    String raisedBy,
    Instant raisedAt,
    Instant closedAt,
    List<ChangeRepository.Review> reviews,
    List<ChangeTimeline.ChangeEvent> timeline) {

  public record Plan(String author, String what, String why, String risk, String rollback, Instant windowStart,
      Instant windowEnd, int reviewRound) {}

  public record Quote(String reference, String price) {}

  /** One line of {@code GET /api/changes}. */
  public record Summary(String id, ChangeOrigin origin, String caseNumber, String company, String title,
      ChangeStatus status, Instant windowStart, Instant raisedAt) {

    static Summary of(ChangeRequest c) {
      return new Summary(c.id(), c.origin(), c.caseNumber(), c.company(), c.title(), c.status(), c.windowStart(),
          c.raisedAt());
    }
  }

  static ChangeView of(ChangeRequest c, List<ChangeRepository.Review> reviews,
      List<ChangeTimeline.ChangeEvent> timeline) {
    Plan plan = c.planWhat() == null ? null : new Plan(c.planAuthor(), c.planWhat(), c.planWhy(), c.planRisk(),
        c.planRollback(), c.windowStart(), c.windowEnd(), c.reviewRound());
    Quote quote = c.quoteReference() == null ? null : new Quote(c.quoteReference(), c.quotePrice());
    return new ChangeView(c.id(), c.origin(), c.caseNumber(), c.company(), c.title(), c.description(), c.chargeable(),
        c.status(), plan, quote, c.customerComment(), c.implementationOutcome(), c.report(), c.raisedBy(),
        c.raisedAt(), c.closedAt(), reviews, timeline);
  }
}

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

  /** Without the experts' verdicts, the timeline and the names of the desk's people. */
  static ChangeView forCustomer(ChangeRequest c) {
    ChangeView all = of(c, List.of(), List.of());
    Plan plan = all.plan() == null ? null : new Plan(null, all.plan().what(), all.plan().why(), all.plan().risk(),
        all.plan().rollback(), all.plan().windowStart(), all.plan().windowEnd(), all.plan().reviewRound());
    boolean ownRequest = c.origin() == ChangeOrigin.CUSTOMER;
    return new ChangeView(all.id(), all.origin(), all.caseNumber(), all.company(), all.title(), all.description(),
        all.chargeable(), all.status(), plan, all.quote(), all.customerComment(), all.implementationOutcome(),
        all.report(), ownRequest ? all.raisedBy() : null, all.raisedAt(), all.closedAt(), List.of(), List.of());
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

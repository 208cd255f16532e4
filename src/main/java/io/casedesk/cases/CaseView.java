package io.casedesk.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case as the API shows it, with its SLA, action plan and timeline. Staff and auditors read user ids (assignee,
 * timeline actors); customers read people's names instead ({@link CustomerTimeline}).
 */
public record CaseView(
    String caseNumber,
    CaseStatus status,
    String priority,
    String queue,
    String assignee,
    int escalationLevel,
    String company,
    String contractId,
    String serviceLevel,
    SupportCase.Caller caller,
    String product,
    String category,
    String impact,
    String urgency,
    String subject,
    String description,
    String channel,
    Sla sla,
    String vendorCaseNumber,
    String solution,
    String relatedCaseNumber,
    int reopenCount,
    Survey survey,
    List<ActionPlan.Item> actionPlan,
    Instant openedAt,
    Instant closedAt,
    List<Timeline.CaseEvent> timeline,
    List<Complaint> complaints,
    RedFlag redFlag,
    List<Rma> rmas,
    List<Problem> problems) {

  public record Sla(Instant firstResponseDue, Instant resolutionDue, boolean paused, Instant firstRespondedAt,
      Instant resolvedAt) {}

  public record Survey(Integer score, String comment) {}

  /** A complaint raised about the case; {@code GET /api/complaints/{complaintId}} shows it in full. */
  public record Complaint(String complaintId, String complaintClass, String department, String status,
      Instant openedAt, Instant closedAt) {}

  /** The case's latest red flag (emergency event), see {@code /api/emergencies/{number}}; criterion for staff only. */
  public record RedFlag(String number, String status, String criterion, Instant declaredAt, Instant restoredAt,
      Instant closedAt) {}

  /** An RMA of the case; {@code GET /api/rmas/{id}} shows it in full. */
  public record Rma(String id, String status) {}

  /**
   * A problem the case is linked to (staff only; {@code GET /api/problems/{number}} shows it in full): its status and,
   * once it is a known error, the workaround; once fixed, the fix.
   */
  public record Problem(String number, String title, String status, String workaround, Instant knownErrorAt,
      String fix, Instant fixedAt) {}

  /**
   * A line of a case list. {@code waitingSince}: since when the case waits for the customer (an answer to the
   * engineer's question, or the confirmation of a proposed solution), while it does; {@code openedBy}: the user
   * who opened it (staff only: a customer gets {@code null}).
   */
  public record Summary(String caseNumber, CaseStatus status, String priority, String queue, String company,
      String subject, String assignee, int escalationLevel, Instant openedAt, Instant resolutionDue,
      String openedBy, Instant waitingSince) {

    static Summary of(CaseRepository.Listed listed, String assignee, boolean forCustomer) {
      SupportCase c = listed.supportCase();
      return new Summary(c.caseNumber(), c.status(), c.priority(), c.queue(), c.company(), c.subject(),
          assignee, c.escalationLevel(), c.openedAt(), c.resolutionDue(), forCustomer ? null : c.openedBy(),
          listed.waitingSince());
    }
  }

  public record Page(List<Summary> items, int page, int size, long total) {}

  /** The view of {@code c}; {@code assignee} as the reader may see it (a user id for staff, a name for customers). */
  static CaseView of(SupportCase c, String assignee, List<ActionPlan.Item> actionPlan,
      List<Timeline.CaseEvent> timeline, List<Complaint> complaints, RedFlag redFlag, List<Rma> rmas,
      List<Problem> problems) {
    return new CaseView(c.caseNumber(), c.status(), c.priority(), c.queue(), assignee, c.escalationLevel(),
        c.company(), c.contractId(), c.serviceLevel(), c.caller(), c.product(), c.category(), c.impact(),
        c.urgency(), c.subject(), c.description(), c.channel(),
        new Sla(c.firstResponseDue(), c.resolutionDue(), c.slaPaused(), c.firstRespondedAt(), c.resolvedAt()),
        c.vendorCaseNumber(), c.solution(), c.relatedCaseNumber(), c.reopenCount(),
        c.surveyScore() == null ? null : new Survey(c.surveyScore(), c.surveyComment()),
        actionPlan, c.openedAt(), c.closedAt(), timeline, complaints, redFlag, rmas, problems);
  }
}

package io.casedesk.complaints;

import java.time.Instant;
import java.util.List;

/** A complaint as the API shows it. */
public record ComplaintView(
    String complaintId,
    ComplaintStatus status,
    String complaintClass,
    String department,
    String candidateGroup,
    String caseNumber,
    String company,
    String channel,
    String description,
    Complaint.Contact contact,
    Instant answerDue,
    Instant answeredAt,
    Boolean answeredInTime,
    Instant reinvestigationDue,
    Instant reinvestigationAnsweredAt,
    int escalationLevel,
    int reopenCount,
    String answer,
    CallBack callBack,
    String settlement,
    String openedBy,
    Instant openedAt,
    Instant closedAt,
    List<ComplaintTimeline.Event> timeline) {

  /** The latest call-back: did the answer satisfy the customer. */
  public record CallBack(boolean satisfied, Integer score, String note) {}

  /** A line of a complaint list. */
  public record Summary(String complaintId, ComplaintStatus status, String complaintClass, String department,
      String caseNumber, String company, Instant answerDue, int escalationLevel, int reopenCount, Instant openedAt,
      Instant closedAt) {

    static Summary of(Complaint c) {
      return new Summary(c.complaintId(), c.status(), c.complaintClass(), c.department(), c.caseNumber(),
          c.company(), c.answerDue(), c.escalationLevel(), c.reopenCount(), c.openedAt(), c.closedAt());
    }
  }

  public record Page(List<Summary> items, int page, int size, long total) {}

  /** The view of {@code c}; {@code openedBy} as the reader may see it (a user id for staff, a name for customers). */
  static ComplaintView of(Complaint c, String openedBy, List<ComplaintTimeline.Event> timeline) {
    Boolean inTime = c.answeredAt() == null || c.answerDue() == null ? null : !c.answeredAt().isAfter(c.answerDue());
    return new ComplaintView(c.complaintId(), c.status(), c.complaintClass(), c.department(), c.candidateGroup(),
        c.caseNumber(), c.company(), c.channel(), c.description(), c.contact(), c.answerDue(), c.answeredAt(), inTime,
        c.reinvestigationDue(), c.reinvestigationAnsweredAt(), c.escalationLevel(), c.reopenCount(), c.answer(),
        c.satisfied() == null ? null : new CallBack(c.satisfied(), c.satisfactionScore(), c.satisfactionNote()),
        c.settlement(), openedBy, c.openedAt(), c.closedAt(), timeline);
  }
}

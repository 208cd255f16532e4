package io.casedesk.complaints;

import java.time.Instant;

/** A complaint as stored in Casedesk's own table. */
public record Complaint(
    String complaintId,
    String processInstanceId,
    String caseNumber,
    String company,
    String channel,
    String complaintClass,
    String description,
    Contact contact,
    ComplaintStatus status,
    String department,
    String candidateGroup,
    String headGroup,
    int escalationLevel,
    Instant answerDue,
    Instant answeredAt,
    Instant reinvestigationDue,
    Instant reinvestigationAnsweredAt,
    int reopenCount,
    String answer,
    String answeredBy,
    Boolean satisfied,
    Integer satisfactionScore,
    String satisfactionNote,
    String settlement,
    String settledBy,
    String openedBy,
    Instant openedAt,
    Instant closedAt) {

  /** Who complained and how to reach them. */
  public record Contact(String name, String email, String phone) {}

  /** A new complaint, before any step of the process touched it. */
  static Complaint received(String complaintId, String processInstanceId, String caseNumber, String company,
      String channel, String complaintClass, String description, Contact contact, String openedBy, Instant at) {
    return new Complaint(complaintId, processInstanceId, caseNumber, company, channel, complaintClass, description,
        contact, ComplaintStatus.RECEIVED, null, null, null, 0, null, null, null, null, 0, null, null, null, null,
        null, null, null, openedBy, at, null);
  }
}

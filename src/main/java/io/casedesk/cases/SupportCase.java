package io.casedesk.cases;

import java.time.Instant;

/** A case as stored in Casedesk's own table: what the API shows and filters on. */
public record SupportCase(
    String caseNumber,
    String processInstanceId,
    String company,
    String contractId,
    String serviceLevel,
    Caller caller,
    String product,
    String category,
    String impact,
    String urgency,
    String subject,
    String description,
    String channel,
    CaseStatus status,
    String priority,
    String queue,
    String candidateGroup,
    String assignee,
    int escalationLevel,
    Instant firstResponseDue,
    Instant resolutionDue,
    boolean slaPaused,
    Instant firstRespondedAt,
    Instant resolvedAt,
    Instant closedAt,
    String vendorCaseNumber,
    String solution,
    String relatedCaseNumber,
    int reopenCount,
    Integer surveyScore,
    String surveyComment,
    String openedBy,
    Instant openedAt,
    Instant updatedAt) {

  /** Who reported the fault. */
  public record Caller(String name, String company, String phone, String email, String address) {}
}

package io.casedesk.changes;

import java.time.Instant;

/** A change request as stored in the table {@code change_request}. */
public record ChangeRequest(
    String id,
    ChangeOrigin origin,
    String caseNumber,
    String company,
    String contactEmail,
    String title,
    String description,
    boolean chargeable,
    ChangeStatus status,
    String processInstanceId,
    String planAuthor,
    String planWhat,
    String planWhy,
    String planRisk,
    String planRollback,
    Instant windowStart,
    Instant windowEnd,
    int reviewRound,
    String quoteReference,
    String quotePrice,
    String customerComment,
    String implementationOutcome,
    String report,
    String raisedBy,
    Instant raisedAt,
    Instant closedAt,
    Instant updatedAt) {}

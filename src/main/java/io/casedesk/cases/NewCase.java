package io.casedesk.cases;

import java.time.Instant;

/** What a case is when it is registered, before triage gives it a status, priority, queue and due times. */
public record NewCase(
    String caseNumber,
    String processInstanceId,
    String company,
    String contractId,
    SupportCase.Caller caller,
    String product,
    String category,
    String impact,
    String urgency,
    String subject,
    String description,
    String channel,
    String relatedCaseNumber,
    String openedBy,
    Instant openedAt) {}

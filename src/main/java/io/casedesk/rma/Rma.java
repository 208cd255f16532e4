package io.casedesk.rma;

import java.time.Instant;
import java.time.LocalDate;

/** An RMA as stored in the table {@code rma}: one spare-part replacement for a hardware fault of a case. */
public record Rma(
    String id,
    String caseNumber,
    String processInstanceId,
    RmaStatus status,
    String partNumber,
    String faultySerialNumber,
    String site,
    LocalDate warrantyEndsOn,
    String cover,
    String depot,
    boolean issuedFromStock,
    String goodSerialNumber,
    String vendorRmaNumber,
    String quoteReference,
    Instant goodPartReceivedAt,
    Instant returnDeadline,
    boolean returnOverdue,
    Instant returnedAt,
    String returnTrackingNumber,
    String openedBy,
    Instant openedAt,
    Instant closedAt,
    Instant updatedAt) {}

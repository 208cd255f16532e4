package io.casedesk.rma;

import java.time.Instant;
import java.time.LocalDate;

/** An RMA as {@code GET /api/rmas/{id}} shows it. */
public record RmaView(
    String id,
    String caseNumber,
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
    Instant openedAt,
    Instant goodPartReceivedAt,
    Instant closedAt,
    FaultyPartReturn faultyPartReturn) {

  /** The faulty part's way back to the vendor; absent until the good part is at hand. */
  public record FaultyPartReturn(Instant deadline, boolean returned, Instant returnedAt, String trackingNumber,
      boolean overdue) {}

  static RmaView of(Rma r) {
    FaultyPartReturn faultyPartReturn = r.goodPartReceivedAt() == null ? null
        : new FaultyPartReturn(r.returnDeadline(), r.returnedAt() != null, r.returnedAt(), r.returnTrackingNumber(),
            r.returnOverdue());
    return new RmaView(r.id(), r.caseNumber(), r.status(), r.partNumber(), r.faultySerialNumber(), r.site(),
        r.warrantyEndsOn(), r.cover(), r.depot(), r.issuedFromStock(), r.goodSerialNumber(), r.vendorRmaNumber(),
        r.quoteReference(), r.openedAt(), r.goodPartReceivedAt(), r.closedAt(), faultyPartReturn);
  }
}

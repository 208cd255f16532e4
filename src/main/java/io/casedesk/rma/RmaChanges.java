package io.casedesk.rma;

import io.casedesk.process.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every change to a registered RMA, by name: the one writer of an RMA row after its registration
 * ({@link RmaRepository#insert}), and so the one place that moves an RMA from status to status. Runs in the
 * caller's transaction (the engine's, inside the process steps).
 */
@Component
public class RmaChanges {

  private final JdbcClient jdbc;

  public RmaChanges(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The engineer's spare-part request: which part, for which faulty unit, where, under which warranty. */
  public void partRequested(String rmaId, String partNumber, String faultySerialNumber, String site,
      LocalDate warrantyEndsOn) {
    run(update(rmaId, """
        part_number = :partNumber, faulty_serial_number = :faultySerialNumber, site = :site,
        warranty_ends_on = :warrantyEndsOn""")
        .param("partNumber", partNumber).param("faultySerialNumber", faultySerialNumber).param("site", site)
        .param("warrantyEndsOn", warrantyEndsOn), rmaId);
  }

  /** Neither warranty nor contract covers the part: sales prepares a quote instead of an RMA. */
  public void quotePending(String rmaId, String cover) {
    run(update(rmaId, "status = 'QUOTE_PENDING', cover = :cover").param("cover", cover), rmaId);
  }

  /** Sales sent the quote: the RMA ends with it. */
  public void quoted(String rmaId, String quoteReference) {
    run(update(rmaId, "status = 'QUOTED', quote_reference = :reference, closed_at = :now")
        .param("reference", quoteReference).param("now", Timestamps.now()), rmaId);
  }

  /** Covered: the customer must confirm the spare-part request. */
  public void requestToConfirm(String rmaId, String cover) {
    run(update(rmaId, "status = 'REQUEST_TO_CONFIRM', cover = :cover").param("cover", cover), rmaId);
  }

  /** The customer confirmed the spare-part request: the RMA desk checks the stock. */
  public void requestConfirmed(String rmaId) {
    status(rmaId, RmaStatus.CHECKING_STOCK);
  }

  /** The customer refused the spare-part request: it goes back to the engineer. */
  public void requestRefused(String rmaId) {
    status(rmaId, RmaStatus.DRAFT);
  }

  /** The RMA desk checks the spare stock (again, after the depot it chose had none left). */
  public void checkingStock(String rmaId) {
    status(rmaId, RmaStatus.CHECKING_STOCK);
  }

  /** The part was issued from a depot's stock: it is at hand for the engineer. */
  public void issuedFromStock(String rmaId, String depot, String goodSerialNumber, Instant receivedAt) {
    run(update(rmaId, """
        status = 'PART_AVAILABLE', depot = :depot, issued_from_stock = TRUE, good_serial_number = :serial,
        good_part_received_at = :receivedAt""")
        .param("depot", depot).param("serial", goodSerialNumber).param("receivedAt", Timestamps.of(receivedAt)), rmaId);
  }

  /** A vendor RMA refills the depot the part was issued from; the RMA itself does not wait for it. */
  public void refillRequested(String rmaId, String vendorRmaNumber) {
    run(update(rmaId, "vendor_rma_number = :vendorRma").param("vendorRma", vendorRmaNumber), rmaId);
  }

  /** No spare at hand: a vendor RMA is requested and the RMA waits for the vendor's part. */
  public void awaitingPart(String rmaId, String vendorRmaNumber) {
    run(update(rmaId, "status = 'AWAITING_PART', vendor_rma_number = :vendorRma")
        .param("vendorRma", vendorRmaNumber), rmaId);
  }

  /** The vendor's part arrived: it is at hand for the engineer. */
  public void partArrived(String rmaId, String goodSerialNumber, String vendorRmaNumber, Instant receivedAt) {
    run(update(rmaId, """
        status = 'PART_AVAILABLE', good_serial_number = :serial, vendor_rma_number = :vendorRma,
        good_part_received_at = :receivedAt""")
        .param("serial", goodSerialNumber).param("vendorRma", vendorRmaNumber)
        .param("receivedAt", Timestamps.of(receivedAt)), rmaId);
  }

  /** The engineer replaced the part: the customer must confirm the fix. */
  public void fixToConfirm(String rmaId) {
    status(rmaId, RmaStatus.FIX_TO_CONFIRM);
  }

  /** The customer confirmed the fix; the process completes the RMA next ({@link #completed}). */
  public void fixConfirmed(String rmaId) {
    status(rmaId, RmaStatus.COMPLETED);
  }

  /** The customer refused the fix: the engineer replaces the part again. */
  public void fixRefused(String rmaId) {
    status(rmaId, RmaStatus.PART_AVAILABLE);
  }

  public void completed(String rmaId) {
    run(update(rmaId, "status = 'COMPLETED', closed_at = :now").param("now", Timestamps.now()), rmaId);
  }

  public void cancelled(String rmaId) {
    run(update(rmaId, "status = 'CANCELLED', closed_at = :now").param("now", Timestamps.now()), rmaId);
  }

  /** The faulty part is due back at the vendor by then (rma-return). */
  public void returnDeadlineSet(String rmaId, Instant deadline) {
    run(update(rmaId, "return_deadline = :deadline").param("deadline", Timestamps.of(deadline)), rmaId);
  }

  /** The faulty part was not returned by its deadline. */
  public void returnOverdue(String rmaId) {
    run(update(rmaId, "return_overdue = TRUE"), rmaId);
  }

  public void faultyPartReturned(String rmaId, String trackingNumber) {
    run(update(rmaId, "returned_at = :now, return_tracking_number = :tracking")
        .param("now", Timestamps.now()).param("tracking", trackingNumber), rmaId);
  }

  private void status(String rmaId, RmaStatus status) {
    run(update(rmaId, "status = :status").param("status", status.name()), rmaId);
  }

  private StatementSpec update(String rmaId, String assignments) {
    return jdbc.sql("UPDATE rma SET " + assignments + ", updated_at = :updatedAt WHERE id = :rmaId")
        .param("rmaId", rmaId).param("updatedAt", Timestamps.now());
  }

  private static void run(StatementSpec statement, String rmaId) {
    if (statement.update() != 1) {
      throw new IllegalStateException("No RMA " + rmaId);
    }
  }
}

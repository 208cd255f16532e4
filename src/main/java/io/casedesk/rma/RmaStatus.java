package io.casedesk.rma;

/** Where an RMA stands, as engineers, the RMA desk and the customer see it. */
public enum RmaStatus {
  /** The engineer fills in the spare-part request (again, after the customer refused it). */
  DRAFT,
  /** The customer must confirm the spare-part request. */
  REQUEST_TO_CONFIRM,
  /** Out of warranty and no contract cover: sales prepares a quote instead of an RMA. */
  QUOTE_PENDING,
  /** Ended with a quote from sales. */
  QUOTED,
  /** The RMA desk checks the spare stock. */
  CHECKING_STOCK,
  /** No spare at hand: waiting for the vendor's part. */
  AWAITING_PART,
  /** The good part is at hand (issued from stock or arrived): the engineer replaces the faulty one. */
  PART_AVAILABLE,
  /** The part is replaced; the customer must confirm the fix. */
  FIX_TO_CONFIRM,
  /** The customer confirmed the fix. */
  COMPLETED,
  /** The engineer cancelled the RMA. */
  CANCELLED
}

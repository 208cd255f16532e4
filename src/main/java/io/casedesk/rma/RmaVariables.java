package io.casedesk.rma;

/** Names of the process variables of {@code rma.bpmn} and {@code rma-return.bpmn}. */
public final class RmaVariables {

  public static final String RMA_ID = "rmaId";
  /** What the case learns when the RMA ends ({@code camunda:out} to the case). */
  public static final String RMA_OUTCOME = "rmaOutcome";
  /** The engineer's note on the hardware fault, from the case's work task. */
  public static final String FAULT_DESCRIPTION = "faultDescription";

  // the engineer's spare-part request
  public static final String REQUEST_ACTION = "requestAction";
  public static final String PART_NUMBER = "partNumber";
  public static final String FAULTY_SERIAL_NUMBER = "faultySerialNumber";
  public static final String SITE = "site";
  public static final String WARRANTY_ENDS_ON = "warrantyEndsOn";
  public static final String REQUEST_NOTE = "requestNote";

  // facts for the decision rma-eligibility, and its outcome
  public static final String TODAY = "today";
  public static final String CONTRACT_COVERS = "contractCovers";
  public static final String COVER = "cover";

  // the customer's answers
  public static final String REQUEST_CONFIRMED = "requestConfirmed";
  public static final String FIX_CONFIRMED = "fixConfirmed";
  public static final String CUSTOMER_COMMENT = "customerComment";

  // stock and parts
  public static final String STOCK_SUMMARY = "stockSummary";
  public static final String ISSUE_FROM_DEPOT = "issueFromDepot";
  public static final String ISSUE_OUTCOME = "issueOutcome";
  public static final String GOOD_SERIAL_NUMBER = "goodSerialNumber";
  public static final String VENDOR_RMA_NUMBER = "vendorRmaNumber";
  public static final String GOOD_PART_RECEIVED_AT = "goodPartReceivedAt";
  public static final String REPLACEMENT_NOTE = "replacementNote";

  // sales quote
  public static final String QUOTE_REFERENCE = "quoteReference";
  public static final String QUOTE_NOTE = "quoteNote";

  // faulty part return
  public static final String RETURN_DEADLINE = "returnDeadline";
  public static final String RETURN_TRACKING_NUMBER = "returnTrackingNumber";
  public static final String RETURN_NOTE = "returnNote";

  private RmaVariables() {}
}

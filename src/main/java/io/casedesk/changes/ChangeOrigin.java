package io.casedesk.changes;

/** Where a change request comes from; a customer's own request is the one that is charged for. */
public enum ChangeOrigin {
  /** A case whose fix is a change, typically a bug fixed by a software upgrade: free of charge. */
  CASE,
  /** The customer asked for it (portal or API): paid, sales quotes it first. */
  CUSTOMER,
  /** A finding of an inspection of the customer's system; whoever raises it says whether it is charged. */
  INSPECTION
}

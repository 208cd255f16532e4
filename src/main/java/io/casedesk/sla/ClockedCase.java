package io.casedesk.sla;

import java.time.Instant;

/** What the SLA clock needs to know of a case: the case's own records answer it ({@code cases}). */
public interface ClockedCase {

  /** When a fresh clock starts: when the customer reported the fault, or now for a reopened case. */
  Instant clockStartsAt(String caseNumber);

  /** The contract whose coverage calendar the clock counts on. */
  String contractId(String caseNumber);
}

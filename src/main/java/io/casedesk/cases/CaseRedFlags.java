package io.casedesk.cases;

import java.util.Optional;

/** The red flag (emergency event) of a case, for the case view; implemented in io.casedesk.emergency. */
public interface CaseRedFlags {

  /** The case's latest red flag; {@code forCustomer} leaves out what only staff may see. */
  Optional<CaseView.RedFlag> latestOf(String caseNumber, boolean forCustomer);
}

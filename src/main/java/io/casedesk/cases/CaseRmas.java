package io.casedesk.cases;

import java.util.List;

/** The RMAs (spare-part replacements) run for a case, for its view; the RMA capability provides them. */
public interface CaseRmas {

  List<CaseView.Rma> of(String caseNumber);
}

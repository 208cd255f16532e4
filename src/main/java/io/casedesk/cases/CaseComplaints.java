package io.casedesk.cases;

import java.util.List;

/** The complaints raised about a case, shown in the case view; the complaints capability provides them. */
public interface CaseComplaints {

  List<CaseView.Complaint> of(String caseNumber);
}

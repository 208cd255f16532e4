package io.casedesk.complaints;

import io.casedesk.cases.CaseComplaints;
import io.casedesk.cases.CaseView;
import java.util.List;
import org.springframework.stereotype.Component;

/** Lists a case's complaints for the case view. */
@Component
public class ComplaintsOfCase implements CaseComplaints {

  private final ComplaintRepository complaints;

  public ComplaintsOfCase(ComplaintRepository complaints) {
    this.complaints = complaints;
  }

  @Override
  public List<CaseView.Complaint> of(String caseNumber) {
    return complaints.ofCase(caseNumber).stream()
        .map(c -> new CaseView.Complaint(c.complaintId(), c.complaintClass(), c.department(), c.status().name(),
            c.openedAt(), c.closedAt()))
        .toList();
  }
}

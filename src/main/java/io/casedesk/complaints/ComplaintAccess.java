package io.casedesk.complaints;

import io.casedesk.cases.CaseAccess;
import io.casedesk.security.CasedeskGroups;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.ForbiddenException;
import io.casedesk.web.NotFoundException;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on which complaint, as for cases: staff and auditors see all; customers only their
 * company's complaints. Analysts may read the figures, not the complaints.
 */
@Component
public class ComplaintAccess {

  private final ComplaintRepository complaints;
  private final CaseAccess caseAccess;

  public ComplaintAccess(ComplaintRepository complaints, CaseAccess caseAccess) {
    this.complaints = complaints;
    this.caseAccess = caseAccess;
  }

  /** As {@link CaseAccess#readable}: another company's complaint answers as one that does not exist. */
  public Complaint readable(String complaintId, CurrentUser user) {
    String company = user.readsAllCases() ? null : caseAccess.customerCompany(user, "complaints");
    return complaints.find(complaintId)
        .filter(complaint -> company == null || Objects.equals(complaint.company(), company))
        .orElseThrow(() -> new NotFoundException("Complaint " + complaintId + " not found"));
  }

  public Complaint actionable(String complaintId, CurrentUser user) {
    Complaint complaint = readable(complaintId, user);
    requireActor(user);
    return complaint;
  }

  public void requireActor(CurrentUser user) {
    if (!user.actsOnCases()) {
      throw new ForbiddenException("Your role may read complaints but not raise or answer them");
    }
  }

  /** The company whose complaints a lister sees: a customer's own, whatever they ask for; staff's choice. */
  public String listedCompany(CurrentUser user, String requested) {
    if (user.readsAllCases()) {
      return requested;
    }
    if (!user.isCustomer()) {
      throw new ForbiddenException("Your role may not list complaints");
    }
    return companyOf(user);
  }

  /** The company whose figures a user may read: customers only their own; staff, auditors and analysts any. */
  public String statsCompany(CurrentUser user, String requested) {
    if (user.readsAllCases() || user.groups().contains(CasedeskGroups.ANALYSTS)) {
      return requested;
    }
    if (!user.isCustomer()) {
      throw new ForbiddenException("Your role may not read complaint figures");
    }
    String own = companyOf(user);
    if (requested != null && !requested.equals(own)) {
      throw new ForbiddenException("You may read the complaint figures of " + own + " only");
    }
    return own;
  }

  public String companyOf(CurrentUser user) {
    return caseAccess.companyOf(user);
  }

  public CaseAccess cases() {
    return caseAccess;
  }
}

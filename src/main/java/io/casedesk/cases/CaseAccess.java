package io.casedesk.cases;

import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.ForbiddenException;
import io.casedesk.web.NotFoundException;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Who may see and act on which case: staff and auditors see all; customers only their company's cases. */
@Component
public class CaseAccess {

  private final CaseRepository cases;
  private final CustomerAccounts customerAccounts;

  public CaseAccess(CaseRepository cases, CustomerAccounts customerAccounts) {
    this.cases = cases;
    this.customerAccounts = customerAccounts;
  }

  /**
   * The case, if the user may see it. A customer asking for another company's case gets the very answer of a case
   * that does not exist (404, same detail), so case numbers cannot be probed; a role that reads no case at all is
   * told so (403) whether the case exists or not.
   */
  public SupportCase readable(String caseNumber, CurrentUser user) {
    String company = user.readsAllCases() ? null : customerCompany(user, "cases");
    return cases.find(caseNumber)
        .filter(supportCase -> company == null || Objects.equals(supportCase.company(), company))
        .orElseThrow(() -> notFound(caseNumber));
  }

  /** The one answer for a case that does not exist and for a case the caller may not see. */
  public static NotFoundException notFound(String caseNumber) {
    return NotFoundException.worded("case.notFound", caseNumber);
  }

  /**
   * The company of a customer, for a user who does not read everything: 403 for a role that reads none of
   * {@code what} (checked before anything is looked up, so the answer says nothing of what exists).
   */
  public String customerCompany(CurrentUser user, String what) {
    if (!user.isCustomer()) {
      throw new ForbiddenException("Your role may not read " + what);
    }
    return companyOf(user);
  }

  public SupportCase actionable(String caseNumber, CurrentUser user) {
    SupportCase supportCase = readable(caseNumber, user);
    requireActor(user);
    return supportCase;
  }

  public void requireActor(CurrentUser user) {
    if (!user.actsOnCases()) {
      throw ForbiddenException.worded("case.readOnly");
    }
  }

  /** The company a customer user belongs to; a customer without one may do nothing. */
  public String companyOf(CurrentUser user) {
    return customerAccounts.companyOf(user.userId())
        .orElseThrow(() -> new ForbiddenException("User " + user.userId() + " is not linked to a customer company"));
  }
}

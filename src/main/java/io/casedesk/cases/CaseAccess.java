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

  public SupportCase readable(String caseNumber, CurrentUser user) {
    SupportCase supportCase = cases.find(caseNumber)
        .orElseThrow(() -> new NotFoundException("Case " + caseNumber + " not found"));
    if (user.readsAllCases()) {
      return supportCase;
    }
    if (user.isCustomer() && Objects.equals(supportCase.company(), companyOf(user))) {
      return supportCase;
    }
    throw new ForbiddenException("You may not see case " + caseNumber);
  }

  public SupportCase actionable(String caseNumber, CurrentUser user) {
    SupportCase supportCase = readable(caseNumber, user);
    requireActor(user);
    return supportCase;
  }

  public void requireActor(CurrentUser user) {
    if (!user.actsOnCases()) {
      throw new ForbiddenException("Your role may read cases but not change them");
    }
  }

  /** The company a customer user belongs to; a customer without one may do nothing. */
  public String companyOf(CurrentUser user) {
    return customerAccounts.companyOf(user.userId())
        .orElseThrow(() -> new ForbiddenException("User " + user.userId() + " is not linked to a customer company"));
  }
}

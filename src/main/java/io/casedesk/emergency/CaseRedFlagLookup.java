package io.casedesk.emergency;

import io.casedesk.cases.CaseRedFlags;
import io.casedesk.cases.CaseView;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Shows a case's latest red flag in the case view. */
@Component
public class CaseRedFlagLookup implements CaseRedFlags {

  private final RedFlagRepository redFlags;

  public CaseRedFlagLookup(RedFlagRepository redFlags) {
    this.redFlags = redFlags;
  }

  @Override
  public Optional<CaseView.RedFlag> latestOf(String caseNumber, boolean forCustomer) {
    return redFlags.latestForCase(caseNumber).map(f -> new CaseView.RedFlag(f.number(), f.status().name(),
        forCustomer ? null : f.criterion(), f.declaredAt(), f.restoredAt(), f.closedAt()));
  }
}

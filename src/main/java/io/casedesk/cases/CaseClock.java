package io.casedesk.cases;

import io.casedesk.process.EngineClock;
import io.casedesk.sla.ClockedCase;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Tells the SLA clock what it needs of a case, from the case's row. */
@Component
class CaseClock implements ClockedCase {

  private final CaseRepository cases;

  CaseClock(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public Instant clockStartsAt(String caseNumber) {
    SupportCase supportCase = cases.get(caseNumber);
    // the customer's clock starts when they reported the fault, not when triage finished
    return supportCase.reopenCount() == 0 ? supportCase.openedAt() : EngineClock.now();
  }

  @Override
  public String contractId(String caseNumber) {
    return cases.get(caseNumber).contractId();
  }
}

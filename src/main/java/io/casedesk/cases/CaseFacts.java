package io.casedesk.cases;

import org.springframework.stereotype.Component;

/**
 * What a diagram may read of a case from its row, e.g. to hand it to a called process
 * ({@code ${caseFacts.callerEmail(caseNumber)}}); read-only, so an analyst's diagram cannot change a case through it.
 */
@Component("caseFacts")
public class CaseFacts {

  private final CaseRepository cases;

  public CaseFacts(CaseRepository cases) {
    this.cases = cases;
  }

  public String contractId(String caseNumber) {
    return cases.get(caseNumber).contractId();
  }

  public String callerName(String caseNumber) {
    return cases.get(caseNumber).caller().name();
  }

  public String callerEmail(String caseNumber) {
    return cases.get(caseNumber).caller().email();
  }
}

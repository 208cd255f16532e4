package io.casedesk.maintenance;

import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.cases.CaseRequests;
import io.casedesk.cases.SupportCaseService;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens a case for a finding in one step: the system, what was found and recommended, with the category, impact and
 * urgency the diagram gives this step as input parameters; triage then runs as for any case.
 */
@Component("openFindingCase")
public class OpenFindingCaseDelegate implements JavaDelegate {

  private final SupportCaseService cases;
  private final FindingAtHand findings;
  private final Inspections inspections;

  public OpenFindingCaseDelegate(SupportCaseService cases, FindingAtHand findings, Inspections inspections) {
    this.cases = cases;
    this.findings = findings;
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FindingAtHand.Finding finding = findings.of(execution);
    String caseNumber = cases.openFromInspection(new CaseRequests.OpenCase("Maintenance inspection",
        finding.contract().company(), null, null, null, finding.contract().id(), finding.system().product(),
        string(execution, "category"), string(execution, "impact"), string(execution, "urgency"), finding.title(),
        finding.description(), SupportCaseService.INSPECTION_CHANNEL), Actors.of(execution));
    inspections.followUpCaseOpened(finding.inspectionNumber(), finding.systemIndex(), caseNumber);
  }
}

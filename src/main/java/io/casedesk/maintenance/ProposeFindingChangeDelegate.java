package io.casedesk.maintenance;

import io.casedesk.changes.ChangeService;
import io.casedesk.contracts.MailSenders;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Raises a change for a finding in one step: the desk's own proposal (not charged), for the contract's company and
 * its first registered contact, with the system, the finding and the recommendation; the change's plan and the
 * expert group's review follow in change-request.bpmn.
 */
@Component("proposeFindingChange")
public class ProposeFindingChangeDelegate implements JavaDelegate {

  private final ChangeService changes;
  private final MailSenders mailSenders;
  private final FindingAtHand findings;
  private final Inspections inspections;

  public ProposeFindingChangeDelegate(ChangeService changes, MailSenders mailSenders, FindingAtHand findings,
      Inspections inspections) {
    this.changes = changes;
    this.mailSenders = mailSenders;
    this.findings = findings;
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FindingAtHand.Finding finding = findings.of(execution);
    String contact = mailSenders.of(finding.contract().id()).contacts().stream().map(MailSenders.Contact::email)
        .findFirst().orElse(null);
    String changeId = changes.raiseFromInspection(finding.contract().company(), contact, finding.title(),
        finding.description(), false, Actors.of(execution));
    inspections.followUpChangeRaised(finding.inspectionNumber(), finding.systemIndex(), changeId);
  }
}

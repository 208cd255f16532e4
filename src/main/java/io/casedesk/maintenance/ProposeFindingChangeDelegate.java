package io.casedesk.maintenance;

import static io.casedesk.maintenance.InspectionVariables.*;
import static io.casedesk.process.ProcessVariables.integer;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.changes.ChangeService;
import io.casedesk.contracts.Contract;
import io.casedesk.contracts.ContractRepository;
import io.casedesk.contracts.MailSenders;
import io.casedesk.contracts.RegisteredSystem;
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
  private final ContractRepository contracts;
  private final MailSenders mailSenders;
  private final InspectedSystems systems;
  private final Inspections inspections;

  public ProposeFindingChangeDelegate(ChangeService changes, ContractRepository contracts, MailSenders mailSenders,
      InspectedSystems systems, Inspections inspections) {
    this.changes = changes;
    this.contracts = contracts;
    this.mailSenders = mailSenders;
    this.systems = systems;
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = string(execution, INSPECTION_NUMBER);
    int index = integer(execution, SYSTEM_INDEX);
    Contract contract = contracts.find(string(execution, CONTRACT_ID)).orElseThrow();
    RegisteredSystem system = systems.system(contract.id(), index);
    String label = system.product() + (system.serialNumber() == null ? "" : " " + system.serialNumber());
    String contact = mailSenders.of(contract.id()).contacts().stream().map(MailSenders.Contact::email).findFirst()
        .orElse(null);
    String changeId = changes.raiseFromInspection(contract.company(), contact, "Inspection finding on " + label,
        """
        Found during maintenance inspection %s on %s%s: %s
        Recommendation: %s""".formatted(number, label, system.site() == null ? "" : " at " + system.site(),
            text(string(execution, NOTES)), text(string(execution, RECOMMENDATION))),
        false, Actors.of(execution));
    inspections.followUpChangeRaised(number, index, changeId);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? "-" : value.strip();
  }
}

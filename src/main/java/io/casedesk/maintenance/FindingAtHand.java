package io.casedesk.maintenance;

import static io.casedesk.maintenance.InspectionVariables.*;
import static io.casedesk.process.ProcessVariables.integer;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.contracts.Contract;
import io.casedesk.contracts.ContractRepository;
import io.casedesk.contracts.RegisteredSystem;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The finding a follow-up step works on: its inspection, the system, the contract, and the words a case or a change
 * raised for it carry (a title naming the system, a description with what was found and recommended).
 */
@Component
class FindingAtHand {

  private final ContractRepository contracts;
  private final InspectedSystems systems;

  FindingAtHand(ContractRepository contracts, InspectedSystems systems) {
    this.contracts = contracts;
    this.systems = systems;
  }

  record Finding(String inspectionNumber, int systemIndex, Contract contract, RegisteredSystem system,
      String title, String description) {}

  Finding of(DelegateExecution execution) {
    String number = string(execution, INSPECTION_NUMBER);
    int index = integer(execution, SYSTEM_INDEX);
    Contract contract = contracts.find(string(execution, CONTRACT_ID)).orElseThrow();
    RegisteredSystem system = systems.system(contract.id(), index);
    String label = system.product() + (system.serialNumber() == null ? "" : " " + system.serialNumber());
    String description = """
        Found during maintenance inspection %s on %s%s: %s
        Recommendation: %s""".formatted(number, label, system.site() == null ? "" : " at " + system.site(),
        text(string(execution, NOTES)), text(string(execution, RECOMMENDATION)));
    return new Finding(number, index, contract, system, "Inspection finding on " + label, description);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? "-" : value.strip();
  }
}

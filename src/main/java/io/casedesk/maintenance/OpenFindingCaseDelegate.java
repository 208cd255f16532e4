package io.casedesk.maintenance;

import static io.casedesk.maintenance.InspectionVariables.*;
import static io.casedesk.process.ProcessVariables.integer;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.cases.CaseRequests;
import io.casedesk.cases.SupportCaseService;
import io.casedesk.contracts.Contract;
import io.casedesk.contracts.ContractRepository;
import io.casedesk.contracts.RegisteredSystem;
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
  private final ContractRepository contracts;
  private final InspectedSystems systems;
  private final Inspections inspections;

  public OpenFindingCaseDelegate(SupportCaseService cases, ContractRepository contracts, InspectedSystems systems,
      Inspections inspections) {
    this.cases = cases;
    this.contracts = contracts;
    this.systems = systems;
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = string(execution, INSPECTION_NUMBER);
    int index = integer(execution, SYSTEM_INDEX);
    Contract contract = contracts.find(string(execution, CONTRACT_ID)).orElseThrow();
    RegisteredSystem system = systems.system(contract.id(), index);
    String serial = system.serialNumber() == null ? "" : " " + system.serialNumber();
    String description = """
        Found during maintenance inspection %s on %s%s%s: %s
        Recommendation: %s""".formatted(number, system.product(), serial,
        system.site() == null ? "" : " at " + system.site(), text(string(execution, NOTES)),
        text(string(execution, RECOMMENDATION)));
    String caseNumber = cases.openFromInspection(new CaseRequests.OpenCase("Maintenance inspection",
        contract.company(), null, null, null, contract.id(), system.product(), string(execution, "category"),
        string(execution, "impact"), string(execution, "urgency"),
        "Inspection finding on " + system.product() + serial, description, SupportCaseService.INSPECTION_CHANNEL),
        Actors.of(execution));
    inspections.followUpCaseOpened(number, index, caseNumber);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? "-" : value.strip();
  }
}

package io.casedesk.maintenance;

import static io.casedesk.maintenance.InspectionVariables.CONTRACT_ID;
import static io.casedesk.maintenance.InspectionVariables.INSPECTION_NUMBER;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.contracts.Contract;
import io.casedesk.contracts.ContractRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Registers the contract's inspection due today; its per-system tasks follow in the diagram. */
@Component("openInspection")
public class OpenInspectionDelegate implements JavaDelegate {

  private final ContractRepository contracts;
  private final Inspections inspections;

  public OpenInspectionDelegate(ContractRepository contracts, Inspections inspections) {
    this.contracts = contracts;
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Contract contract = contracts.find(string(execution, CONTRACT_ID)).orElseThrow();
    execution.setVariableLocal(INSPECTION_NUMBER, inspections.open(contract, InspectionCalendar.today()));
  }
}

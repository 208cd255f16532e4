package io.casedesk.maintenance;

import static io.casedesk.maintenance.InspectionVariables.*;
import static io.casedesk.process.ProcessVariables.bool;
import static io.casedesk.process.ProcessVariables.integer;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps what the engineer's checklist says of one system, with the system as the contract registers it. */
@Component("recordFinding")
public class RecordFindingDelegate implements JavaDelegate {

  private final Inspections inspections;
  private final InspectedSystems systems;

  public RecordFindingDelegate(Inspections inspections, InspectedSystems systems) {
    this.inspections = inspections;
    this.systems = systems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int index = integer(execution, SYSTEM_INDEX);
    inspections.recordFinding(string(execution, INSPECTION_NUMBER), index,
        systems.system(string(execution, CONTRACT_ID), index),
        new Inspections.FindingInput(bool(execution, HARDWARE_CHECKED), bool(execution, LOGS_REVIEWED),
            bool(execution, CONFIGURATION_BACKED_UP), string(execution, CONDITION), string(execution, SOFTWARE_VERSION),
            string(execution, NOTES), string(execution, RECOMMENDATION), string(execution, FOLLOW_UP)),
        Actors.of(execution, "inspectedBy"));
  }
}

package io.casedesk.maintenance;

import static io.casedesk.maintenance.InspectionVariables.INSPECTION_NUMBER;
import static io.casedesk.process.ProcessVariables.string;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every system is inspected: the inspection and its report are complete. */
@Component("completeInspection")
public class CompleteInspectionDelegate implements JavaDelegate {

  private final Inspections inspections;

  public CompleteInspectionDelegate(Inspections inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inspections.completed(string(execution, INSPECTION_NUMBER));
  }
}

package io.casedesk.emergency;

import static io.casedesk.emergency.EmergencyVariables.EMERGENCY_CRITERION;
import static io.casedesk.emergency.EmergencyVariables.RED_FLAG_NUMBER;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.cases.CaseRepository;
import io.casedesk.cases.CaseSteps;
import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Case handling: the P1 case meets the emergency criteria, so it becomes a red flag (process emergency-event). A
 * case that already has an open red flag (declared by hand earlier) keeps that one.
 */
@Component("declareRedFlag")
public class DeclareRedFlagDelegate implements JavaDelegate {

  private final EmergencyService emergencies;
  private final RedFlagRepository redFlags;
  private final CaseRepository cases;

  public DeclareRedFlagDelegate(EmergencyService emergencies, RedFlagRepository redFlags, CaseRepository cases) {
    this.emergencies = emergencies;
    this.redFlags = redFlags;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    String number = redFlags.openForCase(caseNumber).map(RedFlag::number)
        .orElseGet(() -> emergencies.declare(cases.get(caseNumber), string(execution, EMERGENCY_CRITERION),
            "The P1 case meets the emergency criteria", Actors.SYSTEM, true));
    execution.setVariable(RED_FLAG_NUMBER, number);
  }
}

package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.CANDIDATE_GROUP;
import static io.casedesk.cases.CaseVariables.ESCALATION_LEVEL;
import static io.casedesk.cases.CaseVariables.PRIORITY;
import static io.casedesk.cases.CaseVariables.QUEUE;
import static io.casedesk.cases.CaseVariables.SERVICE_LEVEL;
import static io.casedesk.cases.CaseVariables.TRIAGE_INPUTS;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import io.casedesk.sla.SlaClock;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The case is triaged (priority, queue and SLA targets from the decision tables) and its SLA clock runs: the case
 * is open in its queue at escalation level 0 with its due times, and the customer is acknowledged on its first
 * opening. Runs again on reopen.
 */
@Component("openCase")
public class OpenCaseDelegate implements JavaDelegate {

  private final CaseSteps steps;
  private final SlaClock clock;

  public OpenCaseDelegate(CaseSteps steps, SlaClock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    SupportCase supportCase = steps.cases().get(caseNumber);
    execution.setVariable(ESCALATION_LEVEL, 0);
    SlaDue due = SlaDue.of(clock, execution);
    Instant firstResponseDue = due.firstResponseDue();
    Instant resolutionDue = due.resolutionDue();
    steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.TRIAGED,
        "Priority %s, queue %s; first response due %s, resolution due %s".formatted(
            string(execution, PRIORITY), string(execution, QUEUE), firstResponseDue, resolutionDue));
    // after the event, so that this update also carries the audit chain's head: one row update less per opening
    steps.changes().opened(caseNumber, string(execution, PRIORITY), string(execution, QUEUE),
        string(execution, CANDIDATE_GROUP), string(execution, SERVICE_LEVEL), due);
    execution.removeVariables(TRIAGE_INPUTS); // the row keeps them (and the decisions' history their values)
    if (supportCase.reopenCount() == 0) {
      steps.notifyCustomer(caseNumber, NotificationKind.ACKNOWLEDGEMENT, Map.of(
          "priority", string(execution, PRIORITY),
          "queue", string(execution, QUEUE),
          "firstResponseDue", firstResponseDue.toString(),
          "resolutionDue", resolutionDue.toString()));
    }
  }
}

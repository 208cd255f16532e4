package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.CANDIDATE_GROUP;
import static io.casedesk.cases.CaseVariables.ESCALATION_LEVEL;
import static io.casedesk.cases.CaseVariables.PRIORITY;
import static io.casedesk.cases.CaseVariables.QUEUE;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import io.casedesk.sla.SlaClock;
import java.time.Instant;
import java.util.LinkedHashMap;
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
    Map<String, Object> columns = SlaDueTimes.columns(clock, execution);
    columns.put("status", CaseStatus.OPEN);
    columns.put("priority", string(execution, PRIORITY));
    columns.put("queue", string(execution, QUEUE));
    columns.put("candidate_group", string(execution, CANDIDATE_GROUP));
    columns.put("escalation_level", 0);
    steps.update(caseNumber, columns);

    Instant firstResponseDue = (Instant) columns.get("first_response_due");
    Instant resolutionDue = (Instant) columns.get("resolution_due");
    steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.TRIAGED,
        "Priority %s, queue %s; first response due %s, resolution due %s".formatted(
            string(execution, PRIORITY), string(execution, QUEUE), firstResponseDue, resolutionDue));
    if (supportCase.reopenCount() == 0) {
      steps.notifyCustomer(caseNumber, NotificationKind.ACKNOWLEDGEMENT, Map.of(
          "priority", string(execution, PRIORITY),
          "queue", string(execution, QUEUE),
          "firstResponseDue", firstResponseDue.toString(),
          "resolutionDue", resolutionDue.toString()));
    }
  }
}

package io.casedesk.sla;

import io.casedesk.process.Actors;
import static io.casedesk.cases.CaseVariables.CANDIDATE_GROUP;
import static io.casedesk.cases.CaseVariables.ESCALATION_LEVEL;
import static io.casedesk.cases.CaseVariables.FIRST_RESPONSE_WITHIN;
import static io.casedesk.cases.CaseVariables.PRIORITY;
import static io.casedesk.cases.CaseVariables.QUEUE;
import static io.casedesk.cases.CaseVariables.RESOLUTION_WITHIN;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseStatus;
import io.casedesk.process.EngineClock;
import io.casedesk.cases.CaseSteps;
import io.casedesk.cases.SupportCase;
import io.casedesk.cases.TaskPriorities;
import io.casedesk.notification.NotificationKind;
import io.casedesk.shifts.ShiftSchedule;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The case is triaged (priority, queue, SLA targets from the decision tables): put it in its queue, start a
 * fresh SLA clock at escalation level 0, and acknowledge it to the customer. Runs again on reopen.
 */
@Component("startSlaClock")
public class StartSlaClockDelegate implements JavaDelegate {

  private final SlaClock clock;
  private final CaseSteps steps;
  private final ShiftSchedule shifts;

  public StartSlaClockDelegate(SlaClock clock, CaseSteps steps, ShiftSchedule shifts) {
    this.clock = clock;
    this.steps = steps;
    this.shifts = shifts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseSteps.caseNumber(execution);
    SupportCase supportCase = steps.cases().get(caseNumber);
    boolean firstOpening = supportCase.reopenCount() == 0;
    // the customer's clock starts when they reported the fault, not when triage finished
    clock.start(execution, firstOpening ? supportCase.openedAt() : EngineClock.now());
    execution.setVariable(ESCALATION_LEVEL, 0);

    Instant firstResponseDue = clock.dueAt(execution, string(execution, FIRST_RESPONSE_WITHIN));
    Instant resolutionDue = clock.dueAt(execution, string(execution, RESOLUTION_WITHIN));
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("status", CaseStatus.OPEN);
    columns.put("priority", string(execution, PRIORITY));
    columns.put("queue", string(execution, QUEUE));
    columns.put("candidate_group", string(execution, CANDIDATE_GROUP));
    columns.put("escalation_level", 0);
    columns.put("sla_paused", false);
    columns.put("first_response_due", firstResponseDue);
    columns.put("resolution_due", resolutionDue);
    steps.update(caseNumber, columns);

    steps.record(caseNumber, Actors.SYSTEM, CaseEventKind.TRIAGED,
        "Priority %s, queue %s; first response due %s, resolution due %s".formatted(
            string(execution, PRIORITY), string(execution, QUEUE), firstResponseDue, resolutionDue));
    if (firstOpening) {
      steps.notifyCustomer(execution, caseNumber, NotificationKind.ACKNOWLEDGEMENT, Map.of(
          "priority", string(execution, PRIORITY),
          "queue", string(execution, QUEUE),
          "firstResponseDue", firstResponseDue.toString(),
          "resolutionDue", resolutionDue.toString()));
      String priority = string(execution, PRIORITY);
      if (TaskPriorities.isHot(priority)) {
        // a hot case wakes the shift on duty, whatever the hour
        var duty = shifts.onDuty();
        steps.notifyUser(duty.dutyManager(), caseNumber, NotificationKind.HOT_CASE_OPENED, Map.of(
            "caseNumber", caseNumber, "priority", priority, "subject", String.valueOf(string(execution, "subject")),
            "shift", duty.name()));
      }
    }
  }
}

package io.casedesk.rma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;

import io.casedesk.calendar.CalendarProperties;
import io.casedesk.calendar.PublicHolidays;
import io.casedesk.calendar.WorkingDays;
import io.casedesk.support.DiagramTestSupport;
import io.casedesk.support.StandIn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * rma-return.bpmn: the faulty part is due back ten working days after the good part arrived (the real
 * {@link WorkingDays}, with Easter Monday 2026 as the desk's only holiday); past that, the task moves to the RMA
 * desk lead.
 */
@Deployment(resources = "processes/rma-return.bpmn")
class RmaReturnDiagramTest extends DiagramTestSupport {

  StandIn recordDeadline;
  StandIn escalate;
  StandIn recordReturn;

  @BeforeEach
  void standIns() {
    CalendarProperties calendars = new CalendarProperties(null, null,
        Map.of("DESK", List.of(LocalDate.parse("2026-04-06"))), "DESK");
    bean("workingDays", new WorkingDays(calendars, new PublicHolidays(calendars)));
    // RecordReturnDeadlineDelegate keeps the deadline the diagram computed for the task and the timer
    recordDeadline = standIn("recordReturnDeadline")
        .doing(scope -> scope.setVariable("returnDeadline", scope.getVariableLocal("deadline")));
    escalate = standIn("escalateOverdueReturn");
    recordReturn = standIn("recordFaultyPartReturn");
  }

  /** StartFaultyPartReturnDelegate starts it when the good part is at hand. */
  ProcessInstance goodPartReceivedAt(Instant receivedAt) {
    return engine.getRuntimeService().startProcessInstanceByKey("rma-return", "RMA-2026-000007", Map.of(
        "rmaId", "RMA-2026-000007", "partNumber", "PSU-450", "faultySerialNumber", "SN-1",
        "goodPartReceivedAt", Date.from(receivedAt)));
  }

  @Test
  void faultyPartIsDueTenWorkingDaysLaterAcrossTwoWeekendsAndTheLeadChasesItWhenLate() {
    Instant thursday = Instant.parse("2026-03-05T10:00:00Z");
    Instant deadline = Instant.parse("2026-03-19T10:00:00Z"); // Thursday two weeks later
    ProcessInstance instance = goodPartReceivedAt(thursday);

    assertThat(recordDeadline.lastRun().variable("deadline")).isEqualTo(Date.from(deadline));
    assertThat(instance).isWaitingAt("return-faulty-part").task().hasName("Return faulty part to vendor")
        .hasCandidateGroup("rma-desk").hasDueDate(date(deadline));
    assertThat(timers(instance)).containsExactly(deadline);

    passTo(instance, deadline.minusSeconds(1));
    assertThat(escalate.ran()).isFalse();
    passTo(instance, deadline);

    assertThat(escalate.ran()).isTrue();
    assertThat(instance).isWaitingAt("chase-overdue-return").task()
        .hasName("RMA desk lead: get the overdue faulty part returned").hasCandidateGroup("rma-desk");
    assertThat(task(instance, "return-faulty-part")).as("the timer interrupts the desk's task").isNull();

    complete(task(instance, "chase-overdue-return"), Map.of("returnTrackingNumber", "TRK-1"));

    assertThat(recordReturn.ran()).isTrue();
    assertThat(instance).hasPassed("faulty-part-returned").isEnded();
  }

  @Test
  void aHolidayOnTheWayPushesTheDeadlineByADay() {
    ProcessInstance instance = goodPartReceivedAt(Instant.parse("2026-04-02T10:00:00Z"));

    assertThat(instance).task().hasDueDate(date(Instant.parse("2026-04-17T10:00:00Z"))); // Friday, not Thursday
  }

  @Test
  void partReturnedInTimeIsNotEscalated() {
    ProcessInstance instance = goodPartReceivedAt(T0);

    complete(task(instance, "return-faulty-part"), Map.of("returnTrackingNumber", "TRK-2"));

    assertThat(recordReturn.ran()).isTrue();
    assertThat(escalate.ran()).isFalse();
    assertThat(instance).hasNotPassed("chase-overdue-return").hasPassed("faulty-part-returned").isEnded();
    assertThat(timers(instance)).isEmpty();
  }
}

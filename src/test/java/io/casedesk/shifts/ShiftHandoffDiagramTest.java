package io.casedesk.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;

import io.casedesk.support.DiagramTestSupport;
import io.casedesk.support.StandIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * shift-handoff.bpmn with the real {@link ShiftSchedule} and {@link HandoffClock}: two shifts, Budapest from
 * 10:00 local (09:00 UTC in March) and North America from 13:00 Los Angeles time (21:00 UTC until 8 March). The
 * start timer fires at each turnover; the outgoing manager has ten minutes for notes, the incoming one fifteen to
 * acknowledge before the duty managers are alerted.
 */
@Deployment(resources = "processes/shift-handoff.bpmn")
class ShiftHandoffDiagramTest extends DiagramTestSupport {

  static final Instant TURNOVER_TO_NORTH_AMERICA = Instant.parse("2026-03-02T21:00:00Z");
  static final Instant TURNOVER_TO_BUDAPEST = Instant.parse("2026-03-03T09:00:00Z");

  ShiftSchedule schedule;
  StandIn buildReport;
  StandIn recordNotes;
  StandIn recordAcknowledgement;
  StandIn alert;

  @BeforeEach
  void shiftsAndStandIns() {
    // registered before the deployment: the start timer's cycle is computed when the diagram is deployed
    schedule = bean("shiftSchedule", new ShiftSchedule(List.of(
        new Shift("Budapest", ZoneId.of("Europe/Budapest"), LocalTime.of(10, 0), "manager-bud", null),
        new Shift("North America", ZoneId.of("America/Los_Angeles"), LocalTime.of(13, 0), "manager-na", null))));
    bean("handoffClock", new HandoffClock());
    // BuildHandoffReportDelegate names the two duty managers from the schedule, as of the turnover
    buildReport = standIn("buildHandoffReport").doing(scope -> {
      ShiftSchedule.Duty incoming = schedule.onDuty();
      scope.setVariable("outgoingManager", schedule.before(incoming).dutyManager());
      scope.setVariable("incomingManager", incoming.dutyManager());
      scope.setVariable("shiftNotes", "No notes");
    });
    recordNotes = standIn("recordShiftNotes");
    recordAcknowledgement = standIn("recordHandoffAcknowledgement");
    alert = standIn("alertUnacknowledgedHandoff");
  }

  /** The start event's timer (the hand-offs' own timers belong to their instances). */
  Job turnoverTimer() {
    List<Job> timers = engine.getManagementService().createJobQuery().processDefinitionKey("shift-handoff").timers()
        .list().stream().filter(job -> job.getProcessInstanceId() == null).toList();
    assertThat(timers).hasSize(1);
    return timers.get(0);
  }

  /** The start timer fires at its turnover, as the job executor would: one hand-off starts. */
  ProcessInstance turnover() {
    Job timer = turnoverTimer();
    ClockUtil.setCurrentTime(timer.getDuedate());
    engine.getManagementService().executeJob(timer.getId());
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("shift-handoff").active()
        .singleResult();
  }

  @Test
  void theStartTimerWaitsForTheNextTurnoverAndMovesOnEachTimeItFires() {
    assertThat(turnoverTimer().getDuedate()).isEqualTo(Date.from(TURNOVER_TO_NORTH_AMERICA));

    ProcessInstance handoff = turnover();

    assertThat(buildReport.ran()).isTrue();
    assertThat(handoff).isWaitingAt("add-shift-notes");
    assertThat(turnoverTimer().getDuedate()).as("the following turnover")
        .isEqualTo(Date.from(TURNOVER_TO_BUDAPEST));
  }

  @Test
  void theOutgoingManagerAddsNotesAndTheIncomingOneAcknowledges() {
    ProcessInstance handoff = turnover();

    assertThat(handoff).task().hasName("Add shift notes").isAssignedTo("manager-bud")
        .hasDueDate(date(TURNOVER_TO_NORTH_AMERICA.plus(Duration.ofMinutes(10))));
    passTo(handoff, TURNOVER_TO_NORTH_AMERICA.plus(Duration.ofMinutes(4)));
    complete(task(handoff, "add-shift-notes"), Map.of("outgoingNotes", "Storm over Lyon"));

    assertThat(recordNotes.ran()).isTrue();
    assertThat(handoff).isWaitingAt("acknowledge-handoff").task().hasName("Acknowledge hand-off")
        .isAssignedTo("manager-na").hasDueDate(date(TURNOVER_TO_NORTH_AMERICA.plus(Duration.ofMinutes(19))));
    assertThat(timers(handoff)).as("the notes' timer ended with the notes")
        .containsExactly(TURNOVER_TO_NORTH_AMERICA.plus(Duration.ofMinutes(19)));

    complete(task(handoff, "acknowledge-handoff"), Map.of("handoffAcknowledged", true));

    assertThat(recordAcknowledgement.ran()).isTrue();
    assertThat(alert.ran()).isFalse();
    assertThat(handoff).hasPassed("handoff-acknowledged").isEnded();
  }

  @Test
  void withoutNotesInTenMinutesTheHandoffGoesOnAndWithoutAcknowledgementInFifteenTheManagersAreAlertedOnce() {
    ProcessInstance handoff = turnover();

    passTo(handoff, TURNOVER_TO_NORTH_AMERICA.plus(Duration.ofMinutes(10)));

    assertThat(recordNotes.ran()).isFalse();
    assertThat(handoff).hasPassed("no-shift-notes").isWaitingAt("acknowledge-handoff").task()
        .isAssignedTo("manager-na").hasDueDate(date(TURNOVER_TO_NORTH_AMERICA.plus(Duration.ofMinutes(25))));

    passTo(handoff, TURNOVER_TO_NORTH_AMERICA.plus(Duration.ofMinutes(25)).minusSeconds(1));
    assertThat(alert.ran()).isFalse();
    passTo(handoff, TURNOVER_TO_NORTH_AMERICA.plus(Duration.ofMinutes(25)));
    assertThat(alert.ran()).isTrue();
    assertThat(handoff).hasPassed("duty-manager-alerted").isWaitingAt("acknowledge-handoff");

    passTo(handoff, TURNOVER_TO_NORTH_AMERICA.plus(Duration.ofMinutes(40)));
    assertThat(alert.runs()).as("alerted once").hasSize(1);
    complete(task(handoff, "acknowledge-handoff"), Map.of("handoffAcknowledged", true));
    assertThat(handoff).isEnded();
  }
}

package io.casedesk.shifts;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.notification.NotificationKind;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hand-off at a shift turnover. The start timer was scheduled when the diagrams were deployed, with the real
 * clock; each test takes the turnover it is due at, moves the engine clock there and fires it.
 */
class ShiftHandoffTest extends CaseTestSupport {

  @Autowired ShiftSchedule schedule;
  @Autowired HandoffRepository handoffs;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate http;
  @Autowired TurnoverTimerAlignment alignment;

  @AfterEach
  void endOpenHandoffs() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey("shift-handoff").list()
        .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test finished"));
  }

  @Test
  void atATurnoverTheHandoffReportListsWhatTheIncomingShiftMustKnow() {
    Instant turnover = turnoverTimer().getDuedate().toInstant();
    ShiftSchedule.Duty incoming = schedule.onDuty(turnover);
    assertThat(incoming.startedAt()).as("the start timer is due at a turnover").isEqualTo(turnover);
    ShiftSchedule.Duty outgoing = schedule.before(incoming);

    // a P1 opened shortly before the outgoing shift began, escalating before and during it
    clock(outgoing.startedAt().minus(Duration.ofMinutes(40)));
    String escalating = open("high", "high", "phone").caseNumber();
    advanceTo(escalating, turnover.minus(Duration.ofMinutes(90)));
    String hot = open("high", "high", "phone").caseNumber();
    String closed = open("high", "high", "phone").caseNumber();
    work(closed, "engineer1", "solve", "Replaced the line card");
    cases.answerClosure(closed, true, "Works again", CUSTOMER);
    String routine = open("medium", "medium", "phone").caseNumber();
    String atVendor = open("high", "medium", "phone").caseNumber();
    work(atVendor, "engineer1", "vendor", "Looks like a firmware bug");
    complete(atVendor, "open-vendor-case", Map.of("vendorName", "Acme Networks", "vendorCaseNumber", "ACME-4711"));

    ProcessInstance handoff = fireTurnover();

    Task notes = taskService.createTaskQuery().processInstanceId(handoff.getId()).singleResult();
    assertThat(notes.getTaskDefinitionKey()).isEqualTo("add-shift-notes");
    assertThat(notes.getAssignee()).isEqualTo(outgoing.dutyManager());
    assertThat(notes.getDueDate()).isEqualTo(Date.from(turnover.plus(Duration.ofMinutes(10))));

    HandoffRepository.Handoff kept = handoffs.find(handoffId(handoff)).orElseThrow();
    assertThat(kept.turnoverAt()).isEqualTo(turnover);
    assertThat(kept.outgoingShift()).isEqualTo(outgoing.name());
    assertThat(kept.incomingShift()).isEqualTo(incoming.name());
    HandoffReport report = kept.report();
    assertThat(caseNumbers(report.hotIssues())).contains(escalating, hot, atVendor).doesNotContain(closed, routine);
    assertThat(report.activeCases()).filteredOn(c -> c.caseNumber().equals(routine)).singleElement()
        .satisfies(c -> {
          assertThat(c.priority()).isEqualTo("P3");
          assertThat(c.nextDue()).as("first response still due").isEqualTo(view(routine).sla().firstResponseDue());
        });
    assertThat(caseNumbers(report.activeCases())).doesNotContain(closed);
    assertThat(report.vendorSupport()).filteredOn(c -> c.caseNumber().equals(atVendor)).singleElement()
        .satisfies(c -> assertThat(c.vendorCaseNumber()).isEqualTo("ACME-4711"));
    assertThat(report.escalations()).filteredOn(e -> e.caseNumber().equals(escalating))
        .as("only the escalations during the outgoing shift")
        .extracting(HandoffReport.EscalationLine::at)
        .containsExactly(outgoing.startedAt().plus(Duration.ofMinutes(20)),
            outgoing.startedAt().plus(Duration.ofMinutes(80)));

    String summary = (String) runtimeService.getVariable(handoff.getId(), "handoffReport");
    assertThat(summary).isEqualTo(kept.summary()).hasSizeLessThan(4000)
        .contains("**" + outgoing.name() + " → " + incoming.name() + "**")
        .contains("Hot issues: " + report.hotIssues().size() + " open P1/P2")
        .contains("Other active cases: " + (report.activeCases().size()
            - report.activeCases().stream().filter(report.hotIssues()::contains).count()))
        .contains("Escalations during the " + outgoing.name() + " shift: " + report.escalations().size())
        .contains("GET /api/handoffs/" + kept.id());
  }

  @Test
  void theStartTimerMovesOnToTheFollowingTurnoverEachTimeItFires() {
    Job first = turnoverTimer();
    Instant turnover = first.getDuedate().toInstant();

    fireTurnover();

    Job next = turnoverTimer();
    assertThat(next.getId()).isNotEqualTo(first.getId());
    assertThat(next.getDuedate().toInstant()).isEqualTo(schedule.onDuty(turnover).endsAt());
  }

  @Test
  void atStartUpATimerComputedForOtherShiftsMovesToTheNextTurnover() {
    // e.g. the shifts changed while the server was down: the timer points at a time that is no turnover now
    managementService.setJobDuedate(turnoverTimer().getId(), Date.from(T0.plus(Duration.ofMinutes(7))));

    alignment.align();

    assertThat(turnoverTimer().getDuedate().toInstant()).as("Budapest -> Buenos Aires")
        .isEqualTo(Instant.parse("2026-03-02T15:00:00Z"));
  }

  @Test
  void theIncomingManagerAcknowledgesAfterReadingTheNotesAndTheHandoffIsKept() {
    ProcessInstance handoff = fireTurnover();
    Instant turnover = now();
    ShiftSchedule.Duty incoming = schedule.onDuty(turnover);
    ShiftSchedule.Duty outgoing = schedule.before(incoming);
    String key = handoff.getBusinessKey();

    advanceTo(key, turnover.plus(Duration.ofMinutes(4)));
    complete(key, "add-shift-notes", Map.of("outgoingNotes", "Storm over Lyon: the data centre runs on generator."));
    Task acknowledge = task(key, "acknowledge-handoff");
    assertThat(acknowledge.getAssignee()).isEqualTo(incoming.dutyManager());
    assertThat(acknowledge.getDueDate()).isEqualTo(Date.from(turnover.plus(Duration.ofMinutes(19))));
    assertThat(runtimeService.getVariable(handoff.getId(), "shiftNotes"))
        .isEqualTo("Storm over Lyon: the data centre runs on generator.");

    advanceTo(key, turnover.plus(Duration.ofMinutes(9)));
    complete(key, "acknowledge-handoff", Map.of("handoffAcknowledged", true, "acknowledgementComment", "Taken over"));

    assertThat(handoff).isEnded().hasPassed("record-handoff-acknowledgement");
    HandoffRepository.Handoff kept = handoffs.find(handoffId(handoff)).orElseThrow();
    assertThat(kept.notes()).isEqualTo("Storm over Lyon: the data centre runs on generator.");
    assertThat(kept.notesBy()).isEqualTo(outgoing.dutyManager());
    assertThat(kept.notesAt()).isEqualTo(turnover.plus(Duration.ofMinutes(4)));
    assertThat(kept.acknowledgedBy()).isEqualTo(incoming.dutyManager());
    assertThat(kept.acknowledgedAt()).isEqualTo(turnover.plus(Duration.ofMinutes(9)));
    assertThat(kept.acknowledgementComment()).isEqualTo("Taken over");
    assertThat(kept.alertedAt()).isNull();
    assertThat(alerts(kept.id())).isEmpty();
  }

  @Test
  void withoutAcknowledgementWithinFifteenMinutesTheDutyOperationsManagerIsAlerted() {
    ProcessInstance handoff = fireTurnover();
    Instant turnover = now();
    String key = handoff.getBusinessKey();

    // no notes: after 10 minutes the hand-off goes on without them
    advanceTo(key, turnover.plus(Duration.ofMinutes(10)));
    Task acknowledge = task(key, "acknowledge-handoff");
    assertThat(acknowledge).as("the incoming manager's task, notes or not").isNotNull();
    assertThat(runtimeService.getVariable(handoff.getId(), "shiftNotes"))
        .isEqualTo(BuildHandoffReportDelegate.NO_NOTES);

    advanceTo(key, turnover.plus(Duration.ofMinutes(25)).minusSeconds(1));
    assertThat(alerts(handoffId(handoff))).isEmpty();

    advanceTo(key, turnover.plus(Duration.ofMinutes(25)));
    long id = handoffId(handoff);
    String dutyManager = schedule.onDuty(turnover.plus(Duration.ofMinutes(25))).dutyManager();
    assertThat(alerts(id)).containsExactlyInAnyOrder(
        "USER " + dutyManager, "GROUP managers");
    assertThat(handoffs.find(id).orElseThrow().alertedAt()).isEqualTo(turnover.plus(Duration.ofMinutes(25)));
    assertThat(task(key, "acknowledge-handoff")).as("still to be acknowledged").isNotNull();

    advanceTo(key, turnover.plus(Duration.ofMinutes(40)));
    assertThat(alerts(id)).as("alerted once").hasSize(2);
    complete(key, "acknowledge-handoff", Map.of("handoffAcknowledged", true));
    assertThat(handoffs.find(id).orElseThrow().acknowledgedAt()).isEqualTo(turnover.plus(Duration.ofMinutes(40)));
  }

  @Test
  void overRestTheIncomingManagerFindsTheHandoffTaskAndTheOpenP1Cases() {
    Instant turnover = turnoverTimer().getDuedate().toInstant();
    clock(turnover.minus(Duration.ofMinutes(30)));
    String p1 = open("high", "high", "phone").caseNumber();
    ProcessInstance handoff = fireTurnover();
    long id = handoffId(handoff);
    String manager = schedule.before(schedule.onDuty(turnover)).dutyManager();

    var tasks = as(http, manager).getForEntity(
        "/engine-rest/task?processDefinitionKey=shift-handoff&assignee=" + manager, JsonNode.class);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getBody().findValuesAsText("processInstanceId")).contains(handoff.getId());

    var found = as(http, manager).getForEntity("/api/handoffs/" + id, JsonNode.class);
    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = found.getBody();
    assertThat(Instant.parse(body.path("turnoverAt").asText())).isEqualTo(turnover);
    assertThat(body.path("report").path("hotIssues").findValuesAsText("caseNumber")).contains(p1);
    assertThat(body.path("summary").asText()).startsWith("**");

    var listed = as(http, "auditor1").getForEntity("/api/handoffs?from=" + turnover.minusSeconds(1) + "&to="
        + turnover.plusSeconds(1), JsonNode.class);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(listed.getBody().findValuesAsText("id")).contains(String.valueOf(id));

    assertThat(as(http, "engineer1").getForEntity("/api/handoffs/" + id, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, "customer1").getForEntity("/api/handoffs", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, manager).getForEntity("/api/handoffs/999999999", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    var backwards = as(http, manager).getForEntity("/api/handoffs?from=" + turnover + "&to="
        + turnover.minusSeconds(60), JsonNode.class);
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getBody().path("errors").findValuesAsText("field")).containsExactly("from");
  }

  /** The hand-off process's start timer: there is exactly one, for the latest version of the diagram. */
  private Job turnoverTimer() {
    List<Job> timers = managementService.createJobQuery().processDefinitionKey("shift-handoff").timers().list()
        .stream().filter(j -> j.getProcessInstanceId() == null).toList();
    assertThat(timers).as("start timers of shift-handoff").hasSize(1);
    return timers.get(0);
  }

  /** Moves the clock to the start timer's due date and fires it, as the job executor would. */
  private ProcessInstance fireTurnover() {
    Job timer = turnoverTimer();
    Set<String> before = handoffInstanceIds();
    clock(timer.getDuedate().toInstant());
    managementService.executeJob(timer.getId());
    Set<String> started = handoffInstanceIds();
    started.removeAll(before);
    assertThat(started).as("hand-off started by the turnover").hasSize(1);
    return runtimeService.createProcessInstanceQuery().processInstanceId(started.iterator().next()).singleResult();
  }

  private Set<String> handoffInstanceIds() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("shift-handoff").list().stream()
        .map(ProcessInstance::getId).collect(Collectors.toSet());
  }

  private long handoffId(ProcessInstance handoff) {
    return Long.parseLong(handoff.getBusinessKey().substring("handoff-".length()));
  }

  private List<String> alerts(long handoffId) {
    return jdbc.sql("SELECT recipient_type, recipient, payload FROM outbox WHERE kind = :kind ORDER BY id")
        .param("kind", NotificationKind.HANDOFF_NOT_ACKNOWLEDGED.name())
        .query((rs, row) -> Map.entry(rs.getString("recipient_type") + " " + rs.getString("recipient"),
            rs.getString("payload")))
        .list().stream()
        .filter(e -> e.getValue().contains("\"handoffId\":" + handoffId + ","))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static List<String> caseNumbers(List<HandoffReport.CaseLine> lines) {
    return lines.stream().map(HandoffReport.CaseLine::caseNumber).toList();
  }

  private static void clock(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}

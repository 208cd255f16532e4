package io.casedesk.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseRequests;
import io.casedesk.cases.CaseView;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.Outbox;
import io.casedesk.security.CurrentUser;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Process emergency-event and how case-handling starts it, driven through the engine with ClockUtil. */
class EmergencyEventTest extends CaseTestSupport {

  static final CurrentUser SUPERVISOR = new CurrentUser("supervisor1", Set.of("supervisors"));
  static final CurrentUser MANAGER = new CurrentUser("manager1", Set.of("managers"));
  static final CaseRequests.EmergencyFacts VIP_CUSTOMER =
      new CaseRequests.EmergencyFacts(null, null, null, null, null, null, null, true, null, null, null);

  @Autowired RedFlagRepository redFlags;
  @Autowired EmergencyService emergencies;

  CaseView openCase(String impact, String urgency, String channel, CaseRequests.EmergencyFacts facts) {
    return cases.open(new CaseRequests.OpenCase("Ada Lovelace", "Demo Customer Ltd", "+36 1 234 5678",
        "ada@demo.example", "1 Main Street", "CT-DEMO-1", "router-x", "operational-problem", impact, urgency,
        "Core router drops packets", "Since 08:40 all sites lose packets", channel, facts), HOTLINE);
  }

  /** A P1 case that meets the emergency criteria, and its red flag's number. */
  String redFlagCase() {
    return openCase("high", "high", "phone", VIP_CUSTOMER).caseNumber();
  }

  RedFlag redFlagOf(String caseNumber) {
    return redFlags.latestForCase(caseNumber).orElseThrow(() -> new AssertionError("no red flag for " + caseNumber));
  }

  ProcessInstance emergencyInstance(String redFlagNumber) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(EmergencyVariables.PROCESS_KEY)
        .processInstanceBusinessKey(redFlagNumber).singleResult();
  }

  List<Outbox.OutboxMessage> sent(String caseNumber, NotificationKind kind, String recipient) {
    return notifications(caseNumber, kind).stream().filter(m -> m.recipient().equals(recipient)).toList();
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).sorted().toList();
  }

  void recordProgress(String rf, String note, boolean restored) {
    complete(rf, "lead-recovery", Map.of("progressNote", note, "restored", restored));
  }

  /** What the red flag's row (or its case's) owns and no process variable of emergency-event ever held. */
  static final List<String> RED_FLAG_ROW_DATA = List.of("callerName", "callerEmail", "declaredBy",
      "declaredAutomatically", "criterion", "description", "company");

  List<String> everStoredVariables(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .list().stream().map(HistoricVariableInstance::getName).toList();
  }

  @Test
  void p1CaseMeetingTheCriteriaStartsALinkedEmergencyEvent() {
    String n = redFlagCase();

    RedFlag redFlag = redFlagOf(n);
    assertThat(redFlag.number()).matches("RF-2026-\\d{6}");
    assertThat(redFlag.status()).isEqualTo(RedFlagStatus.DECLARED);
    assertThat(redFlag.criterion()).isEqualTo("VIP customer affected");
    assertThat(redFlag.declaredAutomatically()).isTrue();
    assertThat(redFlag.declaredAt()).isEqualTo(T0);
    assertThat(redFlag.company()).isEqualTo("Demo Customer Ltd");

    ProcessInstance emergency = emergencyInstance(redFlag.number());
    assertThat(emergency).isNotNull().isActive()
        .isWaitingAt("acknowledge-as-support-lead", "acknowledge-as-duty-supervisor", "acknowledge-as-duty-manager",
            "lead-recovery");
    // linked both ways
    assertThat(emergency).variables().containsEntry("caseNumber", n);
    assertThat(everStoredVariables(emergency)).as("what the diagram decides on and Tasklist's columns show")
        .contains("redFlagNumber", "caseNumber", "subject", "productGroup")
        .doesNotContainAnyElementsOf(RED_FLAG_ROW_DATA);
    assertThat(engine.getFormService().getTaskFormVariables(task(redFlag.number(), "acknowledge-as-duty-manager").getId()))
        .as("the forms read the rest from the row, as Tasklist loads them")
        .containsEntry("criterion", "VIP customer affected").containsEntry("company", "Demo Customer Ltd")
        .containsEntry("redFlagNumber", redFlag.number()).containsKey("description");
    assertThat(instance(n)).hasPassed("declare-red-flag").variables()
        .containsEntry("redFlagNumber", redFlag.number());
    CaseView view = view(n);
    assertThat(view.redFlag().number()).isEqualTo(redFlag.number());
    assertThat(view.redFlag().criterion()).isEqualTo("VIP customer affected");
    assertThat(view.timeline()).extracting(e -> e.kind()).contains(CaseEventKind.RED_FLAG_DECLARED);
    assertThat(cases.view(n, CUSTOMER).redFlag().criterion()).as("internal").isNull();

    assertThat(candidateGroups(task(redFlag.number(), "acknowledge-as-support-lead"))).containsExactly("engineers");
    assertThat(candidateGroups(task(redFlag.number(), "acknowledge-as-duty-supervisor"))).containsExactly("supervisors");
    assertThat(candidateGroups(task(redFlag.number(), "acknowledge-as-duty-manager"))).containsExactly("managers");
    assertThat(candidateGroups(task(redFlag.number(), "lead-recovery"))).containsExactly("engineers");
    assertThat(notifications(n, NotificationKind.RED_FLAG_PHONE_ALERT)).extracting(Outbox.OutboxMessage::recipient)
        .containsExactlyInAnyOrder("engineers", "supervisors", "managers");
    assertThat(sent(n, NotificationKind.RED_FLAG_DECLARED, "ada@demo.example")).hasSize(1);
    assertThat(redFlags.acknowledgements(redFlag.number())).extracting(RedFlag.Acknowledgement::dutyRole)
        .containsExactlyInAnyOrder("support-lead", "duty-supervisor", "duty-manager");
    // the case itself is worked as usual
    assertThat(instance(n)).isWaitingAt("work-case");
  }

  @Test
  void p1CaseWithoutCriteriaGetsNoRedFlag() {
    String n = openCase("high", "high", "phone", null).caseNumber();

    assertThat(redFlags.latestForCase(n)).isEmpty();
    assertThat(instance(n)).hasPassed("check-emergency-criteria", "no-emergency").hasNotPassed("declare-red-flag");
    assertThat(view(n).redFlag()).isNull();
    assertThat(notifications(n, NotificationKind.RED_FLAG_PHONE_ALERT)).isEmpty();
  }

  @Test
  void p2CaseMeetingTheCriteriaGetsNoRedFlag() {
    String n = openCase("medium", "high", "phone", VIP_CUSTOMER).caseNumber();

    assertThat(view(n).priority()).isEqualTo("P2");
    assertThat(redFlags.latestForCase(n)).isEmpty();
    assertThat(instance(n)).hasNotPassed("check-emergency-criteria");
  }

  @Test
  void caseRaisedToP1OnThePhoneBecomesARedFlag() {
    String n = openCase("medium", "high", "web", VIP_CUSTOMER).caseNumber();
    assertThat(redFlags.latestForCase(n)).isEmpty();

    advanceBy(n, Duration.ofMinutes(7));
    complete(n, "confirm-priority", Map.of("confirmedPriority", "P1", "confirmationNote", "Whole bank is offline"));

    RedFlag redFlag = redFlagOf(n);
    assertThat(redFlag.declaredAt()).isEqualTo(T0.plus(Duration.ofMinutes(7)));
    assertThat(redFlag.criterion()).isEqualTo("VIP customer affected");
    assertThat(emergencyInstance(redFlag.number())).isActive();
  }

  @Test
  void hotlineStartFormWithoutFactsStillTriagesAP1Case() {
    // Tasklist's start form may leave the facts out entirely: they count as not met
    ProcessInstance started = runtimeService.startProcessInstanceByKey("case-handling", Map.of(
        "callerName", "Margaret Hamilton", "callerCompany", "Demo Customer Ltd", "contractId", "CT-DEMO-1",
        "product", "router-x", "category", "operational-problem", "impact", "high", "urgency", "high",
        "subject", "Everything down", "channel", "phone", "reportedBy", "hotline1"));
    String n = runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult()
        .getBusinessKey();

    assertThat(view(n).priority()).isEqualTo("P1");
    assertThat(instance(n)).hasPassed("no-emergency");
    assertThat(redFlags.latestForCase(n)).isEmpty();
  }

  @Test
  void customerGetsAStatusUpdateEveryThirtyMinutesUntilTheServiceIsRestored() {
    String n = redFlagCase();
    String rf = redFlagOf(n).number();

    advanceTo(rf, T0.plus(Duration.ofMinutes(29)));
    assertThat(sent(n, NotificationKind.RED_FLAG_STATUS_UPDATE, "ada@demo.example")).isEmpty();
    advanceTo(rf, T0.plus(Duration.ofMinutes(40)));
    recordProgress(rf, "Field team on site, replacing the line card", false);
    advanceTo(rf, T0.plus(Duration.ofMinutes(90)));

    List<Outbox.OutboxMessage> updates = sent(n, NotificationKind.RED_FLAG_STATUS_UPDATE, "ada@demo.example");
    assertThat(updates).extracting(Outbox.OutboxMessage::createdAt).containsExactly(
        T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofMinutes(60)), T0.plus(Duration.ofMinutes(90)));
    assertThat(updates.get(0).payload()).doesNotContain("line card");
    assertThat(updates.get(1).payload()).contains("replacing the line card").contains(rf);
    assertThat(events(n, CaseEventKind.RED_FLAG_STATUS_UPDATE)).hasSize(3);
    assertThat(redFlagOf(n).statusUpdates()).isEqualTo(3);
    assertThat(task(rf, "lead-recovery")).as("recovery goes on").isNotNull();

    advanceTo(rf, T0.plus(Duration.ofMinutes(95)));
    recordProgress(rf, "Line card replaced, all sites up", true);
    advanceTo(rf, T0.plus(Duration.ofHours(5)));

    assertThat(sent(n, NotificationKind.RED_FLAG_STATUS_UPDATE, "ada@demo.example")).as("none after restoration")
        .hasSize(3);
    assertThat(sent(n, NotificationKind.RED_FLAG_SERVICE_RESTORED, "ada@demo.example")).singleElement()
        .satisfies(m -> assertThat(m.createdAt()).isEqualTo(T0.plus(Duration.ofMinutes(95))));
    RedFlag restored = redFlagOf(n);
    assertThat(restored.status()).isEqualTo(RedFlagStatus.RESTORED);
    assertThat(restored.restoredAt()).isEqualTo(T0.plus(Duration.ofMinutes(95)));
    assertThat(restored.lastProgress()).isEqualTo("Line card replaced, all sites up");
    assertThat(emergencyInstance(rf)).isWaitingAt("write-root-cause-report");
    assertThat(view(n).redFlag().restoredAt()).isEqualTo(T0.plus(Duration.ofMinutes(95)));
  }

  @Test
  void aRoleThatDoesNotAcknowledgeInTenMinutesIsEscalatedToTheNextPerson() {
    String n = redFlagCase();
    String rf = redFlagOf(n).number();

    advanceTo(rf, T0.plus(Duration.ofMinutes(4)));
    Task supervisorTask = task(rf, "acknowledge-as-duty-supervisor");
    taskService.claim(supervisorTask.getId(), "supervisor1");
    taskService.complete(supervisorTask.getId(), Map.of("acknowledged", true));

    advanceTo(rf, T0.plus(Duration.ofMinutes(9)));
    assertThat(notifications(n, NotificationKind.RED_FLAG_NOT_ACKNOWLEDGED)).isEmpty();
    advanceTo(rf, T0.plus(Duration.ofMinutes(10)));

    assertThat(notifications(n, NotificationKind.RED_FLAG_NOT_ACKNOWLEDGED))
        .as("support lead -> duty supervisor, duty manager -> general managers; the supervisor acknowledged in time")
        .extracting(Outbox.OutboxMessage::recipient).containsExactlyInAnyOrder("supervisors", "managers");
    Task leadTask = task(rf, "acknowledge-as-support-lead");
    assertThat(candidateGroups(leadTask)).as("the next person may acknowledge in the lead's place")
        .containsExactly("engineers", "supervisors");
    assertThat(events(n, CaseEventKind.RED_FLAG_ESCALATED)).hasSize(2)
        .allSatisfy(e -> assertThat(e.at()).isEqualTo(T0.plus(Duration.ofMinutes(10))));
    assertThat(cases.view(n, CUSTOMER).timeline()).extracting(e -> e.kind())
        .doesNotContain(CaseEventKind.RED_FLAG_ESCALATED, CaseEventKind.RED_FLAG_ACKNOWLEDGED);

    advanceTo(rf, T0.plus(Duration.ofMinutes(12)));
    taskService.claim(leadTask.getId(), "supervisor1");
    taskService.complete(leadTask.getId(), Map.of("acknowledged", true));
    advanceTo(rf, T0.plus(Duration.ofMinutes(30)));
    assertThat(notifications(n, NotificationKind.RED_FLAG_NOT_ACKNOWLEDGED)).as("each role escalates once").hasSize(2);

    List<RedFlag.Acknowledgement> acknowledgements = redFlags.acknowledgements(rf);
    assertThat(acknowledgements).filteredOn(a -> a.dutyRole().equals("duty-supervisor")).singleElement()
        .satisfies(a -> {
          assertThat(a.acknowledgedBy()).isEqualTo("supervisor1");
          assertThat(a.acknowledgedAt()).isEqualTo(T0.plus(Duration.ofMinutes(4)));
          assertThat(a.escalatedTo()).isNull();
        });
    assertThat(acknowledgements).filteredOn(a -> a.dutyRole().equals("support-lead")).singleElement()
        .satisfies(a -> {
          assertThat(a.alertedAt()).isEqualTo(T0);
          assertThat(a.escalatedTo()).isEqualTo("supervisors");
          assertThat(a.escalatedAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
          assertThat(a.acknowledgedBy()).isEqualTo("supervisor1");
          assertThat(a.acknowledgedAt()).isEqualTo(T0.plus(Duration.ofMinutes(12)));
        });
    assertThat(acknowledgements).filteredOn(a -> a.dutyRole().equals("duty-manager")).singleElement()
        .satisfies(a -> assertThat(a.acknowledgedAt()).as("still not acknowledged").isNull());
  }

  @Test
  void anOverdueRootCauseReportIsEscalatedToManagement() {
    String n = redFlagCase();
    String rf = redFlagOf(n).number();
    advanceTo(rf, T0.plus(Duration.ofHours(1)));
    recordProgress(rf, "Restored by rerouting", true);
    Instant due = T0.plus(Duration.ofHours(1)).plus(Duration.ofDays(5));

    Task report = task(rf, "write-root-cause-report");
    assertThat(report.getDueDate().toInstant()).isEqualTo(due);
    assertThat(redFlagOf(n).reportDue()).isEqualTo(due);

    advanceTo(rf, due.minusSeconds(1));
    assertThat(notifications(n, NotificationKind.RED_FLAG_REPORT_OVERDUE)).isEmpty();
    advanceTo(rf, due);
    assertThat(notifications(n, NotificationKind.RED_FLAG_REPORT_OVERDUE)).singleElement()
        .satisfies(m -> assertThat(m.recipient()).isEqualTo("managers"));
    assertThat(events(n, CaseEventKind.RED_FLAG_REPORT_OVERDUE)).hasSize(1);
    assertThat(redFlagOf(n).reportOverdueAt()).isEqualTo(due);
    assertThat(task(rf, "write-root-cause-report")).as("the report is still to be written").isNotNull();
  }

  @Test
  void theRedFlagClosesOnlyWhenManagementAcceptsTheReport() {
    String n = redFlagCase();
    String rf = redFlagOf(n).number();
    advanceTo(rf, T0.plus(Duration.ofHours(2)));
    recordProgress(rf, "Restored", true);

    advanceTo(rf, T0.plus(Duration.ofDays(1)));
    complete(rf, "write-root-cause-report", Map.of("rootCause", "Firmware bug", "correctiveActions", "Upgrade"));
    assertThat(redFlagOf(n).status()).isEqualTo(RedFlagStatus.REPORT_IN_REVIEW);
    Task review = task(rf, "review-root-cause-report");
    assertThat(candidateGroups(review)).containsExactly("managers");
    taskService.complete(review.getId(), Map.of("reportAccepted", false, "reviewNote", "Which firmware? Who upgrades?"));

    RedFlag rejected = redFlagOf(n);
    assertThat(rejected.status()).isEqualTo(RedFlagStatus.RESTORED);
    assertThat(rejected.reportRejections()).isEqualTo(1);
    assertThat(rejected.reviewNote()).isEqualTo("Which firmware? Who upgrades?");
    assertThat(task(rf, "write-root-cause-report").getDueDate().toInstant()).as("the due date stays")
        .isEqualTo(T0.plus(Duration.ofHours(2)).plus(Duration.ofDays(5)));
    assertThat(emergencyInstance(rf)).isActive();

    advanceTo(rf, T0.plus(Duration.ofDays(2)));
    complete(rf, "write-root-cause-report", Map.of("rootCause", "Firmware 4.2 bug CSCxy123",
        "correctiveActions", "engineer1 upgrades all routers to 4.3 by Friday"));
    complete(rf, "review-root-cause-report", Map.of("reportAccepted", true));

    RedFlag closed = redFlagOf(n);
    assertThat(closed.status()).isEqualTo(RedFlagStatus.CLOSED);
    assertThat(closed.closedAt()).isEqualTo(T0.plus(Duration.ofDays(2)));
    assertThat(closed.reportAcceptedAt()).isEqualTo(T0.plus(Duration.ofDays(2)));
    assertThat(closed.rootCause()).isEqualTo("Firmware 4.2 bug CSCxy123");
    assertThat(emergencyInstance(rf)).as("unacknowledged roles end with the red flag").isNull();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(rf).count()).isZero();
    assertThat(events(n, CaseEventKind.RED_FLAG_REPORT_REVIEWED)).hasSize(2);
    assertThat(events(n, CaseEventKind.RED_FLAG_CLOSED)).hasSize(1);
    assertThat(sent(n, NotificationKind.RED_FLAG_CLOSED, "ada@demo.example")).hasSize(1);
    assertThat(view(n).redFlag().closedAt()).isEqualTo(T0.plus(Duration.ofDays(2)));

    // once closed, the case may be declared a red flag again
    var again = emergencies.declareForCase(n, new EmergencyRequests.CaseDeclaration("Media involved", "On TV news"),
        MANAGER);
    assertThat(again.redFlagNumber()).isNotEqualTo(rf);
    assertThat(view(n).redFlag().number()).isEqualTo(again.redFlagNumber());
  }

  @Test
  void aCaseDeclaredByHandKeepsItsRedFlagWhenItLaterBecomesP1() {
    String n = openCase("medium", "high", "web", VIP_CUSTOMER).caseNumber();
    var declared = emergencies.declareForCase(n,
        new EmergencyRequests.CaseDeclaration("VIP customer affected", "The central bank calls every 5 minutes"),
        HOTLINE);
    assertThat(declared.declaredAutomatically()).isFalse();
    assertThat(declared.declaredBy()).isEqualTo("hotline1");
    assertThat(instance(n)).variables().containsEntry("redFlagNumber", declared.redFlagNumber());
    assertThat(everStoredVariables(emergencyInstance(declared.redFlagNumber())))
        .as("who declared it only the red flag's row keeps").doesNotContainAnyElementsOf(RED_FLAG_ROW_DATA);

    complete(n, "confirm-priority", Map.of("confirmedPriority", "P1"));

    assertThat(instance(n)).hasPassed("declare-red-flag");
    assertThat(redFlagOf(n).number()).isEqualTo(declared.redFlagNumber());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(EmergencyVariables.PROCESS_KEY)
        .variableValueEquals("caseNumber", n).count()).isOne();
  }

  @Test
  void aRedFlagWithoutACaseTellsNoCustomer() {
    var declared = emergencies.declare(new EmergencyRequests.Declaration(null, "Network operation severely hit",
        "Backbone link Budapest-Vienna down"), SUPERVISOR);
    String rf = declared.redFlagNumber();

    assertThat(declared.caseNumber()).isNull();
    assertThat(declared.productGroup()).isEqualTo("engineers");
    advanceTo(rf, T0.plus(Duration.ofMinutes(30)));
    assertThat(redFlags.get(rf).statusUpdates()).isEqualTo(1);
    assertThat(outbox.ofCase(null)).isEmpty();
    assertThat(emergencyInstance(rf)).isWaitingAt("acknowledge-as-support-lead", "acknowledge-as-duty-supervisor",
        "acknowledge-as-duty-manager", "lead-recovery");
  }
}

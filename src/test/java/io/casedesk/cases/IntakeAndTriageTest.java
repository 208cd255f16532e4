package io.casedesk.cases;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.notification.NotificationKind;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

class IntakeAndTriageTest extends CaseTestSupport {

  @Autowired TestRestTemplate http;

  @Test
  void caseGetsAReadableNumberPriorityQueueAndAcknowledgement() {
    CaseView opened = open("medium", "high", "phone");

    assertThat(opened.caseNumber()).matches("CS-2026-\\d{6}");
    assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(opened.priority()).isEqualTo("P2");
    assertThat(opened.queue()).isEqualTo("operational-problems");
    assertThat(opened.company()).isEqualTo("Demo Customer Ltd");
    assertThat(opened.openedAt()).isEqualTo(T0);
    assertThat(opened.timeline()).extracting(Timeline.CaseEvent::kind)
        .containsExactly(CaseEventKind.OPENED, CaseEventKind.ENTITLEMENT_CHECKED, CaseEventKind.TRIAGED);
    assertThat(instance(opened.caseNumber())).isWaitingAt("work-case");
    assertThat(notifications(opened.caseNumber(), NotificationKind.ACKNOWLEDGEMENT)).singleElement()
        .satisfies(m -> {
          assertThat(m.recipient()).isEqualTo("ada@demo.example");
          assertThat(m.payload()).contains(opened.caseNumber()).contains("\"priority\":\"P2\"");
        });
    assertThat(processVariables(opened.caseNumber())).as("what the diagram and its tables decide on")
        .contains("caseNumber", "subject", "priority", "queue", "candidateGroup", "escalateToEngineerAfter")
        .doesNotContainAnyElementsOf(CASE_ROW_DATA);
  }

  /** What the case row owns and no process variable repeats (README, "What a case keeps in process variables"). */
  private static final List<String> CASE_ROW_DATA = List.of("callerName", "callerCompany", "callerPhone",
      "callerEmail", "callerAddress", "contractId", "description", "openedBy", "reportedBy", "company",
      "coverageCalendar", "timeZone", "holidayRegion", "weekendCover", "slaState");

  private List<String> processVariables(String caseNumber) {
    return runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance(caseNumber).getId()).list()
        .stream().map(VariableInstance::getName).toList();
  }

  @Test
  void hotlineLogsAPhoneCaseThroughTheStartFormInTasklist() {
    Map<String, Object> form = Map.of(
        "callerName", Map.of("value", "Margaret Hamilton"),
        "callerCompany", Map.of("value", "Demo Customer Ltd"),
        "callerPhone", Map.of("value", "+36 1 555 0199"),
        "contractId", Map.of("value", "CT-DEMO-1"),
        "product", Map.of("value", "router-x"),
        "category", Map.of("value", "compatibility"),
        "impact", Map.of("value", "low"),
        "urgency", Map.of("value", "medium"),
        "subject", Map.of("value", "Does firmware 8 support our optics?"),
        "channel", Map.of("value", "phone"));
    var response = as(http, "hotline1").postForEntity(
        "/engine-rest/process-definition/key/case-handling/submit-form", Map.of("variables", form), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);

    String n = runtimeService.createProcessInstanceQuery().processInstanceId(response.getBody().path("id").asText())
        .singleResult().getBusinessKey();
    assertThat(n).matches("CS-2026-\\d{6}");
    CaseView logged = view(n);
    assertThat(logged.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(logged.channel()).isEqualTo("phone");
    assertThat(logged.queue()).isEqualTo("compatibility");
    assertThat(logged.priority()).isEqualTo("P4");
    assertThat(logged.timeline().get(0).actor()).isEqualTo("hotline1");
    assertThat(logged.caller().name()).isEqualTo("Margaret Hamilton");
    assertThat(processVariables(n)).as("the start form's caller and contract live in the case row")
        .contains("subject", "priority").doesNotContainAnyElementsOf(CASE_ROW_DATA);
  }

  @Test
  void engineersMayNotStartCasesInTasklist() {
    var response = as(http, "engineer1").postForEntity(
        "/engine-rest/process-definition/key/case-handling/submit-form",
        Map.of("variables", Map.of("callerName", Map.of("value", "X"))), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void caseNumbersAreUniqueAndIncreasing() {
    String first = open("low", "low", "phone").caseNumber();
    String second = open("low", "low", "phone").caseNumber();
    assertThat(second).isGreaterThan(first);
  }

  @Test
  void queueFollowsTheRoutingTable() {
    assertThat(open("low", "low", "phone", "compatibility", "CT-DEMO-1").queue()).isEqualTo("compatibility");
    assertThat(open("low", "low", "phone", "general-question", "CT-DEMO-1").queue()).isEqualTo("general-questions");
  }

  @Test
  void caseWithoutValidContractGoesToSalesAndStopsThere() {
    CaseView opened = open("high", "high", "phone", "operational-problem", "CT-UNKNOWN");
    String n = opened.caseNumber();

    assertThat(opened.status()).isEqualTo(CaseStatus.NO_CONTRACT);
    assertThat(opened.priority()).isNull();
    assertThat(instance(n)).isWaitingAt("sales-follow-up");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(n).taskCandidateGroup("sales").count()).isOne();
    assertThat(timers(n)).isEmpty();
    assertThat(notifications(n, NotificationKind.NO_CONTRACT)).hasSize(1);

    complete(n, "sales-follow-up", Map.of("salesOutcome", "quote-sent", "salesNote", "Offered gold contract"));
    assertThat(instance(n)).isNull();
    assertThat(view(n).status()).isEqualTo(CaseStatus.NO_CONTRACT);
    assertThat(events(n, CaseEventKind.SALES_FOLLOW_UP)).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("quote-sent").contains("Offered gold contract"));
  }

  @Test
  void p1OpenedOnTheWebGetsAnImmediateHotlineCall() {
    String n = open("high", "high", "web").caseNumber();
    assertThat(task(n, "confirm-priority")).isNotNull();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(n).taskDefinitionKey("confirm-priority")
        .taskCandidateGroup("hotline").count()).isOne();
    assertThat(task(n, "work-case")).as("engineers work the case meanwhile").isNotNull();

    complete(n, "confirm-priority", Map.of("confirmedPriority", "P1", "confirmationNote", "All sites down"));
    assertThat(view(n).priority()).isEqualTo("P1");
    assertThat(events(n, CaseEventKind.PRIORITY_CONFIRMED)).hasSize(1);
  }

  @Test
  void aHotCaseWakesTheDutyManagerOfTheShiftOnDuty() {
    String hot = open("high", "medium", "phone").caseNumber();
    assertThat(notifications(hot, NotificationKind.HOT_CASE_OPENED)).singleElement().satisfies(m -> {
      assertThat(m.recipient()).isEqualTo("manager1");
      assertThat(m.payload()).contains("\"shift\":\"Budapest\"");
    });
    String cold = open("medium", "medium", "phone").caseNumber();
    assertThat(notifications(cold, NotificationKind.HOT_CASE_OPENED)).isEmpty();
  }

  @Test
  void p1OpenedByPhoneNeedsNoConfirmationCall() {
    String n = open("high", "high", "phone").caseNumber();
    assertThat(task(n, "confirm-priority")).isNull();
  }

  @Test
  void p3OpenedOnTheWebNeedsNoConfirmationCall() {
    String n = open("medium", "medium", "web").caseNumber();
    assertThat(task(n, "confirm-priority")).isNull();
  }

  @Test
  void priorityChangedOnThePhoneReplansTheSlaClock() {
    String n = open("high", "high", "email").caseNumber();
    advanceBy(n, Duration.ofMinutes(10));
    complete(n, "confirm-priority", Map.of("confirmedPriority", "P3", "confirmationNote", "One site only"));

    CaseView replanned = view(n);
    assertThat(replanned.priority()).isEqualTo("P3");
    // P3 escalates to the engineer 2 hours from the opening; 10 minutes have already run
    assertThat(timers(n)).containsExactly(T0.plus(Duration.ofHours(2)));
    // gold P3: resolution within 3 days
    assertThat(replanned.sla().resolutionDue()).isEqualTo(T0.plus(Duration.ofDays(3)));
    assertThat(events(n, CaseEventKind.PRIORITY_CHANGED)).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("P1 -> P3"));
  }
}

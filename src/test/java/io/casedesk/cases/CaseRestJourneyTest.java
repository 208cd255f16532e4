package io.casedesk.cases;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The acceptance path, through REST alone: the domain API and the engine REST. */
class CaseRestJourneyTest extends CaseTestSupport {

  @Autowired TestRestTemplate http;

  @Test
  void p1CaseEscalatesResolvesAndClosesWithAFullTimeline() {
    JsonNode opened = as(http, "hotline1").postForEntity("/api/cases",
        Map.of("callerName", "Alan Turing", "callerEmail", "alan@demo.example", "contractId", "CT-DEMO-1",
            "product", "router-x", "category", "operational-problem", "impact", "high", "urgency", "high",
            "subject", "Exchange down", "channel", "phone"), JsonNode.class).getBody();
    String n = opened.path("caseNumber").asText();
    String instanceId = as(http, "admin")
        .getForEntity("/engine-rest/process-instance?businessKey=" + n, JsonNode.class).getBody().get(0)
        .path("id").asText();

    JsonNode timers = as(http, "admin")
        .getForEntity("/engine-rest/job?timers=true&sortBy=jobDueDate&sortOrder=asc&processInstanceId=" + instanceId,
            JsonNode.class).getBody();
    List<Instant> due = StreamSupport.stream(timers.spliterator(), false)
        .map(j -> Instant.from(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(
            j.path("dueDate").asText().replaceFirst("(\\d{2})(\\d{2})$", "$1:$2"))))
        .toList();
    assertThat(due).as("the SLA clock's next escalation: the engineer's").containsExactly(T0.plus(Duration.ofMinutes(30)));

    advanceTo(n, T0.plus(Duration.ofMinutes(30)).minusSeconds(1)); // time passes, nothing is due yet
    var executed = as(http, "admin").postForEntity("/engine-rest/job/" + timers.get(0).path("id").asText()
        + "/execute", null, String.class);
    assertThat(executed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode escalated = as(http, "customer1").getForEntity("/api/cases/" + n, JsonNode.class).getBody();
    assertThat(escalated.path("escalationLevel").asInt()).isEqualTo(1);
    assertThat(escalated.path("timeline").findValuesAsText("kind")).contains("ESCALATED");

    String taskId = as(http, "engineer1").getForEntity("/engine-rest/task?processInstanceId=" + instanceId
        + "&taskDefinitionKey=work-case", JsonNode.class).getBody().get(0).path("id").asText();
    assertThat(as(http, "engineer1").postForEntity("/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "engineer1"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as(http, "engineer1").postForEntity("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of(
            "workAction", Map.of("value", "solve"),
            "actionNote", Map.of("value", "Restarted the line card"))), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as(http, "customer1").postForEntity("/api/cases/" + n + "/closure",
        Map.of("accept", true, "comment", "Working again"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    JsonNode closed = as(http, "engineer1").getForEntity("/api/cases/" + n, JsonNode.class).getBody();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("timeline").findValuesAsText("kind")).containsExactly(
        "OPENED", "ENTITLEMENT_CHECKED", "TRIAGED", "ESCALATED", "ASSIGNED", "WORK_ACTION", "SOLUTION_PROPOSED",
        "SLA_PAUSED", "CLOSURE_CONFIRMED", "CLOSED");
    assertThat(closed.path("timeline").findValuesAsText("actor")).contains("hotline1", "engineer1", "customer1");
  }
}

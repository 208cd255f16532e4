package io.casedesk.emergency;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The emergency's acceptance path through REST alone: a customer's P1 case that meets the emergency criteria gets a
 * linked emergency-event instance; the on-duty roles, technical support and management work its tasks over the
 * engine REST, as Tasklist does, until the accepted root-cause report closes the red flag.
 */
class EmergencyRestJourneyTest extends CaseTestSupport {

  @Autowired TestRestTemplate http;

  /** Finds the red flag's task, claims it for the user and completes it with the given form values. */
  void completeTask(String user, String rf, String taskKey, Map<String, Object> values) {
    JsonNode tasks = as(http, user).getForEntity("/engine-rest/task?processInstanceBusinessKey=" + rf
        + "&taskDefinitionKey=" + taskKey, JsonNode.class).getBody();
    assertThat(tasks).as(taskKey + " visible to " + user).hasSize(1);
    String id = tasks.get(0).path("id").asText();
    assertThat(as(http, user).postForEntity("/engine-rest/task/" + id + "/claim", Map.of("userId", user),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    assertThat(as(http, user).postForEntity("/engine-rest/task/" + id + "/complete", Map.of("variables", variables),
        String.class).getStatusCode()).as("%s completes %s", user, taskKey).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void p1CaseMeetingTheCriteriaRaisesARedFlagThatClosesWhenItsReportIsAccepted() {
    Map<String, Object> body = new HashMap<>();
    body.put("callerName", "Alan Turing");
    body.put("callerEmail", "alan@demo.example");
    body.put("product", "router-x");
    body.put("category", "operational-problem");
    body.put("impact", "high");
    body.put("urgency", "high");
    body.put("subject", "Exchange trading floor offline");
    body.put("emergency", Map.of("vipCustomer", true, "affectedUsers", 400));
    JsonNode opened = as(http, "customer1").postForEntity("/api/cases", body, JsonNode.class).getBody();
    String n = opened.path("caseNumber").asText();
    assertThat(opened.path("priority").asText()).isEqualTo("P1");

    // the case shows its red flag, and an emergency-event instance links back to the case
    String rf = as(http, "engineer1").getForEntity("/api/cases/" + n, JsonNode.class).getBody()
        .path("redFlag").path("number").asText();
    JsonNode instances = as(http, "admin").getForEntity(
        "/engine-rest/process-instance?processDefinitionKey=emergency-event&businessKey=" + rf, JsonNode.class)
        .getBody();
    assertThat(instances).hasSize(1);
    String emergencyId = instances.get(0).path("id").asText();
    assertThat(as(http, "admin").getForEntity("/engine-rest/process-instance/" + emergencyId
        + "/variables/caseNumber", JsonNode.class).getBody().path("value").asText()).isEqualTo(n);
    String caseId = as(http, "admin").getForEntity("/engine-rest/process-instance?processDefinitionKey="
        + "case-handling&businessKey=" + n, JsonNode.class).getBody().get(0).path("id").asText();
    assertThat(as(http, "admin").getForEntity("/engine-rest/process-instance/" + caseId
        + "/variables/redFlagNumber", JsonNode.class).getBody().path("value").asText()).isEqualTo(rf);

    // the on-duty roles acknowledge; technical support leads the recovery; the customer hears every 30 minutes
    advanceTo(rf, T0.plus(Duration.ofMinutes(3)));
    completeTask("engineer1", rf, "acknowledge-as-support-lead", Map.of("acknowledged", true));
    completeTask("supervisor1", rf, "acknowledge-as-duty-supervisor", Map.of("acknowledged", true));
    completeTask("manager1", rf, "acknowledge-as-duty-manager", Map.of("acknowledged", true));
    advanceTo(rf, T0.plus(Duration.ofMinutes(20)));
    completeTask("engineer1", rf, "lead-recovery", Map.of("progressNote", "Field team replacing the line card",
        "restored", false));
    advanceTo(rf, T0.plus(Duration.ofMinutes(65)));
    JsonNode recovering = as(http, "customer1").getForEntity("/api/emergencies/" + rf, JsonNode.class).getBody();
    assertThat(recovering.path("status").asText()).isEqualTo("DECLARED");
    assertThat(recovering.path("statusUpdates").asInt()).isEqualTo(2);
    assertThat(recovering.path("lastProgress").asText()).isEqualTo("Field team replacing the line card");
    completeTask("engineer1", rf, "lead-recovery", Map.of("progressNote", "All sites up again", "restored", true));

    // root-cause report: sent back once, then accepted
    advanceTo(rf, T0.plus(Duration.ofDays(1)));
    completeTask("engineer1", rf, "write-root-cause-report", Map.of("rootCause", "Line card failure",
        "correctiveActions", "Replace"));
    completeTask("manager1", rf, "review-root-cause-report", Map.of("reportAccepted", false,
        "reviewNote", "Why did the standby card not take over?"));
    completeTask("engineer1", rf, "write-root-cause-report", Map.of("rootCause",
        "Line card failure; the standby card ran outdated firmware and could not take over",
        "correctiveActions", "engineer1: align standby firmware on all exchange routers by 2026-03-10"));
    completeTask("manager1", rf, "review-root-cause-report", Map.of("reportAccepted", true));

    JsonNode closed = as(http, "manager1").getForEntity("/api/emergencies/" + rf, JsonNode.class).getBody();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("criterion").asText()).isEqualTo("VIP customer affected");
    assertThat(Instant.parse(closed.path("restoredAt").asText())).isEqualTo(T0.plus(Duration.ofMinutes(65)));
    assertThat(closed.path("restoredBy").asText()).isEqualTo("engineer1");
    assertThat(closed.path("report").path("rejections").asInt()).isEqualTo(1);
    assertThat(closed.path("report").path("submittedBy").asText()).isEqualTo("engineer1");
    assertThat(closed.path("report").path("acceptedBy").asText()).isEqualTo("manager1");
    assertThat(closed.path("acknowledgements").findValuesAsText("acknowledgedBy"))
        .containsExactlyInAnyOrder("engineer1", "supervisor1", "manager1");
    assertThat(as(http, "admin").getForEntity("/engine-rest/process-instance/" + emergencyId, String.class)
        .getStatusCode()).as("emergency-event ended").isEqualTo(HttpStatus.NOT_FOUND);

    JsonNode asCustomer = as(http, "customer1").getForEntity("/api/cases/" + n, JsonNode.class).getBody();
    assertThat(asCustomer.path("redFlag").path("status").asText()).isEqualTo("CLOSED");
    assertThat(asCustomer.path("timeline").findValuesAsText("kind")).containsSubsequence("RED_FLAG_DECLARED",
            "RED_FLAG_STATUS_UPDATE", "RED_FLAG_STATUS_UPDATE", "RED_FLAG_RESTORED", "RED_FLAG_CLOSED")
        .doesNotContain("RED_FLAG_ACKNOWLEDGED", "RED_FLAG_REPORT_REVIEWED");
    assertThat(as(http, "customer1").getForEntity("/api/emergencies/" + rf, JsonNode.class).getBody().has("report"))
        .isFalse();
  }
}

package io.casedesk.complaints;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The acceptance path, through REST alone: a complaint opened over the Casedesk API has a task for the
 * department complaint-routing.dmn names, which that department works over the engine REST.
 */
class ComplaintRestJourneyTest extends CaseTestSupport {

  @Autowired TestRestTemplate http;

  @Test
  void complaintOpenedOverRestIsTheDepartmentsTaskAndClosesWhenTheCustomerIsSatisfied() {
    JsonNode opened = as(http, "customer1").postForEntity("/api/complaints", Map.of(
        "complaintClass", "product-quality", "description", "The router reboots every night",
        "contactName", "Ada Lovelace", "contactEmail", "ada@demo.example"), JsonNode.class).getBody();
    String id = opened.path("complaintId").asText();

    // what the routing table says, asked of the deployed table itself
    JsonNode route = as(http, "admin").postForEntity("/engine-rest/decision-definition/key/complaint-routing/evaluate",
        Map.of("variables", Map.of("complaintClass", Map.of("value", "product-quality", "type", "String"))),
        JsonNode.class).getBody().get(0);
    String group = route.path("candidateGroup").path("value").asText();
    assertThat(group).isEqualTo("engineers");
    assertThat(opened.path("department").asText()).isEqualTo(route.path("department").path("value").asText());

    JsonNode tasks = as(http, "engineer1").getForEntity("/engine-rest/task?processInstanceBusinessKey=" + id
        + "&candidateGroup=" + group, JsonNode.class).getBody();
    assertThat(tasks).hasSize(1);
    JsonNode task = tasks.get(0);
    assertThat(task.path("name").asText()).isEqualTo("Investigate and answer complaint");
    assertThat(task.path("due").asText()).as("due at the committed time").startsWith("2026-03-07T09:00:00");
    String taskId = task.path("id").asText();
    // the hotline reads every complaint and so its task, but only the department's group works it
    assertThat(as(http, "hotline1").getForEntity("/engine-rest/task?processInstanceBusinessKey=" + id,
        JsonNode.class).getBody()).hasSize(1);
    assertThat(as(http, "hotline1").postForEntity("/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "hotline1"), String.class).getStatusCode()).as("not the hotline's task")
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(as(http, "engineer1").postForEntity("/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "engineer1"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as(http, "engineer1").postForEntity("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of("answer", Map.of("value", "Firmware 2.4 fixes the nightly reboot."))),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode closed = as(http, "customer1").postForEntity("/api/complaints/" + id + "/satisfaction",
        Map.of("satisfied", true, "score", 4), JsonNode.class).getBody();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("answeredInTime").asBoolean()).isTrue();
    assertThat(closed.path("timeline").findValuesAsText("kind"))
        .containsExactly("RECEIVED", "ROUTED", "ANSWERED", "CALL_BACK", "CLOSED");
    // the customer reads people by name, not by user id
    assertThat(closed.path("timeline").findValuesAsText("actor")).contains("Demo customer", "Demo engineer")
        .doesNotContain("customer1", "engineer1");
  }
}

package io.casedesk.rma;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseTestSupport;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** The acceptance path for RMAs, through REST alone: the Casedesk API and the engine REST. */
class RmaRestJourneyTest extends CaseTestSupport {

  @Autowired TestRestTemplate http;

  @Test
  void confirmedHardwareFaultRunsAnRmaAndTheCaseResumesWhenItEnds() {
    String part = "LC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    var stocked = as(http, "rmadesk1").exchange("/api/spares/BUD-1/" + part, HttpMethod.PUT,
        new HttpEntity<>(Map.of("quantity", 3, "description", "10G line card")), JsonNode.class);
    assertThat(stocked.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    JsonNode opened = as(http, "customer1").postForEntity("/api/cases", Map.of("callerName", "Ada Lovelace",
        "callerEmail", "ada@demo.example", "product", "router-x", "category", "hardware-fault", "impact", "medium",
        "urgency", "medium", "subject", "Line card LEDs off"), JsonNode.class).getBody();
    String n = opened.path("caseNumber").asText();
    String caseInstance = as(http, "admin").getForEntity("/engine-rest/process-instance?businessKey=" + n,
        JsonNode.class).getBody().get(0).path("id").asText();

    String workTask = taskId("engineer1", caseInstance, "work-case");
    assertThat(post("engineer1", "/engine-rest/task/" + workTask + "/claim", Map.of("userId", "engineer1")))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(completeOverRest("engineer1", workTask, Map.of("workAction", "hardware",
        "actionNote", "Line card in slot 3 is dead"))).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode pending = as(http, "customer1").getForEntity("/api/cases/" + n, JsonNode.class).getBody();
    assertThat(pending.path("status").asText()).isEqualTo("RMA_PENDING");
    String rmaId = pending.path("rmas").get(0).path("id").asText();
    assertThat(pending.path("rmas").get(0).path("status").asText()).isEqualTo("DRAFT");
    JsonNode called = as(http, "admin").getForEntity("/engine-rest/process-instance?superProcessInstance="
        + caseInstance, JsonNode.class).getBody();
    assertThat(called).hasSize(1);
    assertThat(called.get(0).path("businessKey").asText()).isEqualTo(rmaId);
    String rmaInstance = called.get(0).path("id").asText();
    assertThat(as(http, "admin").getForEntity("/engine-rest/process-definition/"
        + called.get(0).path("definitionId").asText(), JsonNode.class).getBody().path("key").asText()).isEqualTo("rma");

    assertThat(completeOverRest("engineer1", taskId("engineer1", rmaInstance, "fill-rma-request"), Map.of(
        "requestAction", "submit", "partNumber", part, "faultySerialNumber", "SN-77-FAULTY",
        "site", "Budapest", "warrantyEndsOn", "2027-01-31"))).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(rma("customer1", rmaId).path("status").asText()).isEqualTo("REQUEST_TO_CONFIRM");
    assertThat(rma("customer1", rmaId).path("cover").asText()).isEqualTo("warranty");
    assertThat(as(http, "customer1").postForEntity("/api/rmas/" + rmaId + "/confirmation",
        Map.of("accept", true, "comment", "Go ahead"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(completeOverRest("rmadesk1", taskId("rmadesk1", rmaInstance, "check-spare-stock"),
        Map.of("issueFromDepot", "BUD-1", "goodSerialNumber", "SN-77-GOOD"))).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as(http, "engineer1").getForEntity("/api/spares/BUD-1/" + part, JsonNode.class).getBody()
        .path("quantity").asInt()).isEqualTo(2);
    assertThat(completeOverRest("rmadesk1", taskId("rmadesk1", rmaInstance, "request-refill-rma"),
        Map.of("vendorRmaNumber", "VRMA-77"))).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(completeOverRest("engineer1", taskId("engineer1", rmaInstance, "replace-part"),
        Map.of("replacementNote", "New card in slot 3, all ports up"))).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as(http, "customer1").postForEntity("/api/rmas/" + rmaId + "/confirmation",
        Map.of("accept", true), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    JsonNode resumed = as(http, "customer1").getForEntity("/api/cases/" + n, JsonNode.class).getBody();
    assertThat(resumed.path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(resumed.path("rmas").get(0).path("status").asText()).isEqualTo("COMPLETED");
    assertThat(resumed.path("timeline").findValuesAsText("kind")).containsSubsequence("RMA_REQUESTED", "RMA_OPENED",
        "RMA_REQUEST_FILED", "RMA_REQUEST_CONFIRMED", "RMA_PART_ISSUED", "RMA_VENDOR_REQUESTED", "RMA_PART_REPLACED",
        "RMA_FIX_CONFIRMED", "RMA_FINISHED");
    assertThat(taskId("engineer1", caseInstance, "work-case")).isNotBlank();

    JsonNode rma = rma("customer1", rmaId);
    assertThat(rma.path("caseNumber").asText()).isEqualTo(n);
    assertThat(rma.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(rma.path("partNumber").asText()).isEqualTo(part);
    assertThat(rma.path("faultySerialNumber").asText()).isEqualTo("SN-77-FAULTY");
    assertThat(rma.path("goodSerialNumber").asText()).isEqualTo("SN-77-GOOD");
    assertThat(rma.path("vendorRmaNumber").asText()).isEqualTo("VRMA-77");
    assertThat(rma.path("depot").asText()).isEqualTo("BUD-1");
    assertThat(rma.path("issuedFromStock").asBoolean()).isTrue();
    assertThat(rma.path("warrantyEndsOn").asText()).isEqualTo("2027-01-31");
    assertThat(Instant.parse(rma.path("goodPartReceivedAt").asText())).isEqualTo(T0);
    assertThat(Instant.parse(rma.path("faultyPartReturn").path("deadline").asText()))
        .as("T0 is a Monday: ten working days later is the Monday two weeks on")
        .isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));
    assertThat(rma.path("faultyPartReturn").path("returned").asBoolean()).isFalse();
  }

  private String taskId(String user, String processInstanceId, String key) {
    JsonNode tasks = as(http, user).getForEntity("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + key, JsonNode.class).getBody();
    assertThat(tasks).as(key + " visible to " + user).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  private HttpStatus completeOverRest(String user, String taskId, Map<String, Object> variables) {
    Map<String, Object> typed = new java.util.LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return post(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed));
  }

  private HttpStatus post(String user, String path, Object body) {
    var response = as(http, user).postForEntity(path, body, String.class);
    assertThat(response.getStatusCode().is2xxSuccessful()).as(path + ": " + response.getBody()).isTrue();
    return HttpStatus.valueOf(response.getStatusCode().value());
  }

  private JsonNode rma(String user, String rmaId) {
    var response = as(http, user).getForEntity("/api/rmas/" + rmaId, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}

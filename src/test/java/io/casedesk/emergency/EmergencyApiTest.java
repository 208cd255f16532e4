package io.casedesk.emergency;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.security.DemoUsers;
import io.casedesk.security.IdentityBootstrap;
import io.casedesk.support.CaseTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The emergency API: declaring red flags, reading them, and who may do which. */
class EmergencyApiTest extends CaseTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired CustomerAccounts customerAccounts;

  @BeforeEach
  void otherCompanysCustomer() {
    identity.ensureUser("customer9", "Other", "Customer", DemoUsers.PASSWORD, Set.of("customers"));
    customerAccounts.link("customer9", "Other Corp");
  }

  static Map<String, Object> declaration(String criterion, String description) {
    Map<String, Object> body = new HashMap<>();
    body.put("criterion", criterion);
    body.put("description", description);
    return body;
  }

  static Map<String, Object> p1Case() {
    Map<String, Object> body = new HashMap<>();
    body.put("callerName", "Grace Hopper");
    body.put("callerEmail", "grace@demo.example");
    body.put("product", "router-x");
    body.put("category", "operational-problem");
    body.put("impact", "high");
    body.put("urgency", "high");
    body.put("subject", "All sites down");
    return body;
  }

  JsonNode declareForCase(String user, String caseNumber) {
    var response = as(http, user).postForEntity("/api/cases/" + caseNumber + "/emergency",
        declaration("Media involved", "A TV crew is at the customer's head office"), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return response.getBody();
  }

  @Test
  void hotlineDeclaresACaseARedFlag() {
    String n = open("medium", "medium", "phone").caseNumber();

    var response = as(http, "hotline1").postForEntity("/api/cases/" + n + "/emergency",
        declaration("Media involved", "A TV crew is at the customer's head office"), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = response.getBody();
    String rf = body.path("redFlagNumber").asText();
    assertThat(rf).matches("RF-2026-\\d{6}");
    assertThat(response.getHeaders().getLocation()).hasToString("/api/emergencies/" + rf);
    assertThat(body.path("status").asText()).isEqualTo("DECLARED");
    assertThat(body.path("caseNumber").asText()).isEqualTo(n);
    assertThat(body.path("criterion").asText()).isEqualTo("Media involved");
    assertThat(body.path("declaredBy").asText()).isEqualTo("hotline1");
    assertThat(body.path("declaredAutomatically").asBoolean()).isFalse();
    assertThat(body.path("productGroup").asText()).isEqualTo("engineers");
    assertThat(body.path("acknowledgements").findValuesAsText("dutyRole"))
        .containsExactlyInAnyOrder("support-lead", "duty-supervisor", "duty-manager");

    JsonNode caseView = as(http, "engineer1").getForEntity("/api/cases/" + n, JsonNode.class).getBody();
    assertThat(caseView.path("redFlag").path("number").asText()).isEqualTo(rf);
    assertThat(caseView.path("redFlag").path("status").asText()).isEqualTo("DECLARED");
    assertThat(caseView.path("timeline").findValuesAsText("kind")).contains("RED_FLAG_DECLARED");
    assertThat(instance(n)).extracting(i -> runtimeService.getVariable(i.getId(), "redFlagNumber")).isEqualTo(rf);
  }

  @Test
  void aNetworkWideRedFlagNeedsNoCase() {
    var response = as(http, "supervisor1").postForEntity("/api/emergencies",
        declaration("Network operation severely hit", "Backbone Budapest-Vienna down"), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody().has("caseNumber")).isFalse();
    String rf = response.getBody().path("redFlagNumber").asText();
    assertThat(as(http, "manager1").getForEntity("/api/emergencies/" + rf, JsonNode.class).getBody()
        .path("criterion").asText()).isEqualTo("Network operation severely hit");
    assertThat(as(http, "customer1").getForEntity("/api/emergencies/" + rf, JsonNode.class).getStatusCode())
        .as("no customer's red flag: as if there were none").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void declarationsAreValidated() {
    var empty = as(http, "hotline1").postForEntity("/api/emergencies", Map.of(), JsonNode.class);
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(empty.getBody().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("criterion", "description");

    Map<String, Object> badCase = declaration("x".repeat(201), "Down");
    badCase.put("caseNumber", "42");
    var invalid = as(http, "hotline1").postForEntity("/api/emergencies", badCase, JsonNode.class);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("caseNumber", "criterion");

    Map<String, Object> unknownCase = declaration("Media involved", "On TV");
    unknownCase.put("caseNumber", "CS-1999-999999");
    var unknown = as(http, "hotline1").postForEntity("/api/emergencies", unknownCase, JsonNode.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().path("errors").findValuesAsText("field")).containsExactly("caseNumber");

    assertThat(as(http, "hotline1").postForEntity("/api/cases/CS-1999-999999/emergency",
        declaration("Media involved", "On TV"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    var blank = as(http, "hotline1").postForEntity("/api/cases/CS-1999-999999/emergency",
        declaration(" ", null), JsonNode.class);
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(blank.getBody().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("criterion", "description");
  }

  @ParameterizedTest
  @ValueSource(strings = {"customer1", "auditor1", "sales1", "rmadesk1", "analyst1"})
  void onlyStaffOnDutyMayDeclareARedFlag(String user) {
    String n = open("medium", "medium", "phone").caseNumber();

    assertThat(as(http, user).postForEntity("/api/cases/" + n + "/emergency",
        declaration("Media involved", "On TV"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, user).postForEntity("/api/emergencies", declaration("Media involved", "On TV"),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, user).postForEntity("/api/emergencies", Map.of(), JsonNode.class).getStatusCode())
        .as("403 before validation").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(view(n).redFlag()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"hotline1", "engineer1", "supervisor1", "manager1", "admin"})
  void staffOnDutyMayDeclareARedFlag(String user) {
    String n = open("medium", "medium", "phone").caseNumber();
    assertThat(declareForCase(user, n).path("declaredBy").asText()).isEqualTo(user);
  }

  @Test
  void anonymousCallersAreTurnedAway() {
    assertThat(http.postForEntity("/api/emergencies", declaration("Media involved", "On TV"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/emergencies", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aCaseHasOneOpenRedFlagAtATime() {
    String n = open("medium", "medium", "phone").caseNumber();
    String first = declareForCase("hotline1", n).path("redFlagNumber").asText();

    var second = as(http, "manager1").postForEntity("/api/cases/" + n + "/emergency",
        declaration("VIP customer affected", "Ministry"), JsonNode.class);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody().path("detail").asText()).contains(first);
    Map<String, Object> body = declaration("VIP customer affected", "Ministry");
    body.put("caseNumber", n);
    assertThat(as(http, "manager1").postForEntity("/api/emergencies", body, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void customersSeeTheirOwnCompanysRedFlagStatusButNoInternalDetails() {
    String n = open("medium", "medium", "phone").caseNumber();
    String rf = declareForCase("engineer1", n).path("redFlagNumber").asText();

    JsonNode staff = as(http, "auditor1").getForEntity("/api/emergencies/" + rf, JsonNode.class).getBody();
    assertThat(staff.path("criterion").asText()).isEqualTo("Media involved");
    assertThat(staff.path("acknowledgements").size()).isEqualTo(3);
    assertThat(staff.has("report")).isTrue();

    var own = as(http, "customer1").getForEntity("/api/emergencies/" + rf, JsonNode.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getBody().path("status").asText()).isEqualTo("DECLARED");
    assertThat(own.getBody().path("caseNumber").asText()).isEqualTo(n);
    assertThat(own.getBody().has("declaredAt")).isTrue();
    for (String internal : List.of("criterion", "description", "declaredBy", "acknowledgements", "report",
        "productGroup", "declaredAutomatically")) {
      assertThat(own.getBody().has(internal)).as(internal).isFalse();
    }
    JsonNode caseView = as(http, "customer1").getForEntity("/api/cases/" + n, JsonNode.class).getBody();
    assertThat(caseView.path("redFlag").path("number").asText()).isEqualTo(rf);
    assertThat(caseView.path("redFlag").has("criterion")).isFalse();

    assertThat(as(http, "customer9").getForEntity("/api/emergencies/" + rf, JsonNode.class).getStatusCode())
        .as("another company's: as if there were none").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(http, "analyst1").getForEntity("/api/emergencies/" + rf, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, "engineer1").getForEntity("/api/emergencies/RF-1999-999999", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    JsonNode ownList = as(http, "customer1").getForEntity("/api/emergencies?status=DECLARED", JsonNode.class).getBody();
    assertThat(ownList.findValuesAsText("redFlagNumber")).contains(rf);
    assertThat(ownList.findValues("criterion")).isEmpty();
    assertThat(as(http, "customer9").getForEntity("/api/emergencies", JsonNode.class).getBody()
        .findValuesAsText("redFlagNumber")).doesNotContain(rf);
    assertThat(as(http, "supervisor1").getForEntity("/api/emergencies?status=CLOSED", JsonNode.class).getBody()
        .findValuesAsText("redFlagNumber")).doesNotContain(rf);
    assertThat(as(http, "supervisor1").getForEntity("/api/emergencies?status=BURNING", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as(http, "analyst1").getForEntity("/api/emergencies", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aCustomerReportsAnEmergencyWithTheCase() {
    Map<String, Object> body = p1Case();
    body.put("emergency", Map.of("allProcessingLost", true, "affectedUsers", 1200));

    var response = as(http, "customer1").postForEntity("/api/cases", body, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode redFlag = response.getBody().path("redFlag");
    assertThat(redFlag.path("number").asText()).matches("RF-2026-\\d{6}");
    assertThat(redFlag.path("status").asText()).isEqualTo("DECLARED");
    assertThat(redFlag.has("criterion")).as("internal").isFalse();
    assertThat(as(http, "engineer1").getForEntity("/api/emergencies/" + redFlag.path("number").asText(),
        JsonNode.class).getBody().path("criterion").asText()).isEqualTo("All processing lost");
  }

  @Test
  void emergencyFactsAreValidated() {
    Map<String, Object> body = p1Case();
    body.put("emergency", Map.of("affectedUsers", -1));

    var response = as(http, "customer1").postForEntity("/api/cases", body, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("errors").findValuesAsText("field")).containsExactly("emergency.affectedUsers");
  }

  @Test
  void afterAnEscalationTheNextPersonAcknowledgesInTasklist() {
    String n = open("medium", "medium", "phone").caseNumber();
    String rf = declareForCase("hotline1", n).path("redFlagNumber").asText();
    String query = "/engine-rest/task?processInstanceBusinessKey=" + rf + "&taskDefinitionKey=acknowledge-as-support-lead";
    String taskId = as(http, "engineer1").getForEntity(query, JsonNode.class).getBody().get(0).path("id").asText();
    var early = as(http, "supervisor1").postForEntity("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of("acknowledged", Map.of("value", true))), String.class);
    assertThat(early.getStatusCode()).as("not the supervisor's task yet").isEqualTo(HttpStatus.FORBIDDEN);

    advanceTo(rf, T0.plusSeconds(600));

    var escalated = as(http, "supervisor1").postForEntity("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of("acknowledged", Map.of("value", true))), String.class);
    assertThat(escalated.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode redFlag = as(http, "supervisor1").getForEntity("/api/emergencies/" + rf, JsonNode.class).getBody();
    JsonNode lead = null;
    for (JsonNode a : redFlag.path("acknowledgements")) {
      if (a.path("dutyRole").asText().equals("support-lead")) {
        lead = a;
      }
    }
    assertThat(lead.path("escalatedTo").asText()).isEqualTo("supervisors");
    assertThat(lead.path("acknowledgedBy").asText()).isEqualTo("supervisor1");
  }
}

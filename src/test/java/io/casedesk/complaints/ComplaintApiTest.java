package io.casedesk.complaints;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.security.DemoUsers;
import io.casedesk.security.IdentityBootstrap;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The complaint API: what it answers, what it refuses, and who may see what. */
class ComplaintApiTest extends ComplaintTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired CustomerAccounts customerAccounts;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void otherCompanysCustomer() {
    identity.ensureUser("customer9", "Other", "Customer", DemoUsers.PASSWORD, Set.of("customers"));
    customerAccounts.link("customer9", "Other Corp");
  }

  static Map<String, Object> newComplaint(String complaintClass) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("complaintClass", complaintClass);
    body.put("description", "We were charged twice for March");
    body.put("contactName", "Grace Hopper");
    body.put("contactEmail", "grace@demo.example");
    body.put("contactPhone", "+36 1 555 0100");
    return body;
  }

  JsonNode post(String user, String path, Object body, HttpStatus expected) {
    var response = as(http, user).postForEntity(path, body, JsonNode.class);
    assertThat(response.getStatusCode()).as("POST %s as %s: %s", path, user, response.getBody()).isEqualTo(expected);
    return response.getBody();
  }

  HttpStatusCode get(String user, String path) {
    return as(http, user).getForEntity(path, JsonNode.class).getStatusCode();
  }

  long complaintCount() {
    return jdbc.sql("SELECT COUNT(*) FROM complaint").query(Long.class).single();
  }

  @Test
  void customerRaisesAComplaintAndLearnsDepartmentAndDueTime() {
    var response = as(http, "customer1").postForEntity("/api/complaints", newComplaint("billing"), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = response.getBody();
    String id = body.path("complaintId").asText();
    assertThat(id).matches("CP-\\d{4}-\\d{6}");
    assertThat(response.getHeaders().getLocation()).hasToString("/api/complaints/" + id);
    assertThat(body.path("complaintClass").asText()).isEqualTo("billing");
    assertThat(body.path("department").asText()).isEqualTo("Accounts");
    assertThat(Instant.parse(body.path("answerDue").asText())).isEqualTo(T0.plus(Duration.ofDays(2)));
    assertThat(body.path("status").asText()).isEqualTo("INVESTIGATING");
    assertThat(body.path("channel").asText()).as("a customer writes on the web").isEqualTo("web");
    assertThat(body.path("company").asText()).isEqualTo("Demo Customer Ltd");
    assertThat(body.path("openedBy").asText()).as("by name, not by user id").isEqualTo("Demo customer");
  }

  @Test
  void invalidComplaintIsRefusedWithAProblemNamingTheFields() {
    Map<String, Object> body = newComplaint("weather");
    body.remove("description");
    body.put("contactEmail", "not-an-address");
    body.put("channel", "pigeon");
    long before = complaintCount();

    var response = as(http, "hotline1").postForEntity("/api/complaints", body, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode errors = response.getBody().path("errors");
    assertThat(errors.findValuesAsText("field"))
        .containsExactlyInAnyOrder("complaintClass", "description", "contactEmail", "channel");
    assertThat(errors.toString()).contains("must be one of service-quality, response-time, engineer-conduct, "
        + "product-quality, billing, other");
    assertThat(complaintCount()).as("nothing half-written").isEqualTo(before);
  }

  @Test
  void complaintWithoutContactNeedsACase() {
    Map<String, Object> body = newComplaint("billing");
    body.remove("contactName");
    JsonNode problem = post("hotline1", "/api/complaints", body, HttpStatus.BAD_REQUEST);
    assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("contactName");
  }

  @Test
  void complaintWithoutClassWaitsForTheHotline() {
    Map<String, Object> body = newComplaint(null);
    body.put("channel", "phone");
    JsonNode raised = post("hotline1", "/api/complaints", body, HttpStatus.CREATED);

    assertThat(raised.path("status").asText()).isEqualTo("RECEIVED");
    assertThat(raised.has("department")).isFalse();
    assertThat(raised.path("channel").asText()).isEqualTo("phone");
    assertThat(task(raised.path("complaintId").asText(), "classify-complaint")).isNotNull();
  }

  @Test
  void complaintFromACaseIsLinkedAndShownInTheCase() {
    String caseNumber = open("medium", "medium", "phone").caseNumber();
    Map<String, Object> body = newComplaint("response-time");
    body.remove("contactName");

    JsonNode raised = post("customer1", "/api/cases/" + caseNumber + "/complaints", body, HttpStatus.CREATED);

    assertThat(raised.path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(raised.path("contact").path("name").asText()).as("the case's caller").isEqualTo("Ada Lovelace");
    JsonNode caseView = as(http, "customer1").getForEntity("/api/cases/" + caseNumber, JsonNode.class).getBody();
    assertThat(caseView.path("complaints").findValuesAsText("complaintId"))
        .containsExactly(raised.path("complaintId").asText());
    assertThat(caseView.path("timeline").findValuesAsText("kind")).contains("COMPLAINT_RECEIVED");

    body.put("caseNumber", "CS-2026-999999");
    JsonNode mismatch = post("customer1", "/api/cases/" + caseNumber + "/complaints", body, HttpStatus.BAD_REQUEST);
    assertThat(mismatch.path("errors").findValuesAsText("field")).containsExactly("caseNumber");
  }

  @Test
  void customerMayComplainAboutTheirOwnCasesOnly() {
    String caseNumber = open("medium", "medium", "phone").caseNumber();
    Map<String, Object> body = newComplaint("service-quality");
    body.put("caseNumber", caseNumber);
    long before = complaintCount();

    // another company's case answers as one that does not exist
    post("customer9", "/api/complaints", body, HttpStatus.NOT_FOUND);
    post("customer9", "/api/cases/" + caseNumber + "/complaints", newComplaint("billing"), HttpStatus.NOT_FOUND);
    body.put("caseNumber", "CS-1999-999999");
    post("customer1", "/api/complaints", body, HttpStatus.NOT_FOUND);
    assertThat(complaintCount()).isEqualTo(before);
  }

  @Test
  void customersSeeOnlyTheirCompanysComplaints() {
    String ours = post("customer1", "/api/complaints", newComplaint("billing"), HttpStatus.CREATED)
        .path("complaintId").asText();
    String theirs = post("customer9", "/api/complaints", newComplaint("billing"), HttpStatus.CREATED)
        .path("complaintId").asText();

    assertThat(get("customer1", "/api/complaints/" + ours)).isEqualTo(HttpStatus.OK);
    // another company's complaint answers as one that does not exist
    assertThat(get("customer9", "/api/complaints/" + ours)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("customer1", "/api/complaints/" + theirs)).isEqualTo(HttpStatus.NOT_FOUND);
    post("customer9", "/api/complaints/" + ours + "/satisfaction", Map.of("satisfied", true, "score", 5),
        HttpStatus.NOT_FOUND);

    JsonNode otherList = as(http, "customer9").getForEntity("/api/complaints?size=200", JsonNode.class).getBody();
    assertThat(otherList.path("items").findValuesAsText("complaintId")).contains(theirs).doesNotContain(ours);
    JsonNode asked = as(http, "customer9").getForEntity("/api/complaints?company=Demo Customer Ltd&size=200",
        JsonNode.class).getBody();
    assertThat(asked.path("items").findValuesAsText("company")).containsOnly("Other Corp");
    JsonNode staffList = as(http, "supervisor1").getForEntity("/api/complaints?complaintClass=billing&size=200",
        JsonNode.class).getBody();
    assertThat(staffList.path("items").findValuesAsText("complaintId")).contains(ours, theirs);
    assertThat(staffList.path("items").findValuesAsText("complaintClass")).containsOnly("billing");
  }

  @Test
  void customersReadOnlyTheirCompanysFigures() {
    assertThat(get("customer9", "/api/complaints/stats?company=Demo Customer Ltd")).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode own = as(http, "customer9").getForEntity("/api/complaints/stats", JsonNode.class).getBody();
    assertThat(own.path("company").asText()).isEqualTo("Other Corp");
    assertThat(own.path("from").asText()).isEqualTo("2026-02-01");
    assertThat(own.path("to").asText()).isEqualTo("2026-03-02");
    JsonNode all = as(http, "auditor1").getForEntity("/api/complaints/stats", JsonNode.class).getBody();
    assertThat(all.has("company")).as("staff and auditors see all companies together").isFalse();
  }

  @Test
  void auditorsReadButDoNotActAnalystsReadOnlyTheFigures() {
    String id = raise("billing").complaintId();

    assertThat(get("auditor1", "/api/complaints/" + id)).isEqualTo(HttpStatus.OK);
    assertThat(get("auditor1", "/api/complaints/stats")).isEqualTo(HttpStatus.OK);
    post("auditor1", "/api/complaints", newComplaint("billing"), HttpStatus.FORBIDDEN);
    post("auditor1", "/api/complaints/" + id + "/satisfaction", Map.of("satisfied", true, "score", 5),
        HttpStatus.FORBIDDEN);
    assertThat(get("analyst1", "/api/complaints/stats")).isEqualTo(HttpStatus.OK);
    assertThat(get("analyst1", "/api/complaints/" + id)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("analyst1", "/api/complaints")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/complaints/" + id, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void customerAnswersTheCallBackOverRest() {
    String id = post("customer1", "/api/complaints", newComplaint("billing"), HttpStatus.CREATED)
        .path("complaintId").asText();
    post("customer1", "/api/complaints/" + id + "/satisfaction", Map.of("satisfied", true, "score", 5),
        HttpStatus.CONFLICT);
    answer(id, "We refunded the double charge.");

    post("customer1", "/api/complaints/" + id + "/satisfaction", Map.of("satisfied", true, "score", 9),
        HttpStatus.BAD_REQUEST);
    JsonNode closed = post("customer1", "/api/complaints/" + id + "/satisfaction",
        Map.of("satisfied", true, "score", 5, "note", "Refund arrived"), HttpStatus.OK);

    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("callBack").path("score").asInt()).isEqualTo(5);
    assertThat(closed.path("timeline").findValuesAsText("actor")).contains("Demo customer").doesNotContain("customer1");
    assertThat(task(id, "call-back")).isNull();
    post("customer1", "/api/complaints/" + id + "/satisfaction", Map.of("satisfied", true, "score", 5),
        HttpStatus.CONFLICT);
  }

  @Test
  void customerDoesNotSeeInternalEscalations() {
    String id = post("customer1", "/api/complaints", newComplaint("engineer-conduct"), HttpStatus.CREATED)
        .path("complaintId").asText();
    advanceTo(id, T0.plus(Duration.ofDays(1)));

    JsonNode asCustomer = as(http, "customer1").getForEntity("/api/complaints/" + id, JsonNode.class).getBody();
    assertThat(asCustomer.path("timeline").findValuesAsText("kind")).doesNotContain("ESCALATED");
    JsonNode asStaff = as(http, "supervisor1").getForEntity("/api/complaints/" + id, JsonNode.class).getBody();
    assertThat(asStaff.path("timeline").findValuesAsText("kind")).contains("ESCALATED");
    assertThat(asStaff.path("escalationLevel").asInt()).isEqualTo(1);
  }

  @Test
  void unknownComplaintAndBadParametersAreProblems() {
    assertThat(get("engineer1", "/api/complaints/CP-1999-999999")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("engineer1", "/api/complaints?status=NOPE")).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("engineer1", "/api/complaints/stats?from=yesterday")).isEqualTo(HttpStatus.BAD_REQUEST);
    var reversed = as(http, "engineer1").getForEntity("/api/complaints/stats?from=2026-03-02&to=2026-03-01",
        JsonNode.class);
    assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(reversed.getBody().path("errors").findValuesAsText("field")).containsExactly("from");
  }

  @Test
  void apiIsPublishedAsOpenApi() {
    JsonNode docs = as(http, "engineer1").getForEntity("/v3/api-docs", JsonNode.class).getBody();
    assertThat(docs.path("paths").has("/api/complaints")).isTrue();
    assertThat(docs.path("paths").has("/api/complaints/stats")).isTrue();
    assertThat(docs.path("paths").has("/api/cases/{caseNumber}/complaints")).isTrue();
  }
}

package io.casedesk.security;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.cases.CaseEventKind;
import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.NodeClient;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A NUL (or another character no field can hold) anywhere in a request is refused with a 400 problem naming the
 * field, and nothing is written: before, PostgreSQL refused it half-way and the caller got 500.
 */
class UnusableCharactersTest extends CaseTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void aNulInAJsonBodyIsRefusedNamingTheFieldAndNoCaseIsOpened() {
    long before = caseCount();
    // as JSON escapes: a lone surrogate cannot even be written as UTF-8
    for (String bad : new String[] {"\\u0000", "\\u0007", "\\u001b", "\\ud800", "\\udc00", "\\uffff", "\\ufffe"}) {
      Map<String, Object> body = new HashMap<>(openCase());
      body.put("callerName", "Ada BAD");
      HttpHeaders json = new HttpHeaders();
      json.setContentType(MediaType.APPLICATION_JSON);
      String text = JSON.valueToTree(body).toString().replace("BAD", bad);
      ResponseEntity<JsonNode> response = as(http, "hotline1").postForEntity("/api/cases",
          new HttpEntity<>(text, json), JsonNode.class);
      assertInvalid(response, "callerName");
    }
    assertThat(caseCount()).isEqualTo(before);
    // tab and line breaks are text like any other
    Map<String, Object> fine = new HashMap<>(openCase());
    fine.put("description", "line one\r\nline\ttwo");
    assertThat(as(http, "hotline1").postForEntity("/api/cases", fine, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void nestedFieldsQueryParametersFormFieldsAndPathsAreNamed() {
    assertInvalid(as(http, "sales1").postForEntity("/api/contracts", Map.of("id", "CT-NUL-1", "company", "Acme",
        "serviceLevel", "gold", "validFrom", "2026-01-01", "validTo", "2026-12-31",
        "systems", new Object[] {Map.of("product", "router\u0000x")}), JsonNode.class), "systems[0].product");
    assertThat(contracts.find("CT-NUL-1")).isEmpty();

    assertInvalid(as(http, "engineer1").getForEntity(URI.create(url("/api/cases?customer=a%00b")), JsonNode.class),
        "customer");
    assertInvalid(as(http, "engineer1").getForEntity(URI.create(url("/api/cases/CS-2026%01")), JsonNode.class),
        "caseNumber");
    assertInvalid(as(http, "engineer1").getForEntity(URI.create(url("/engine-rest/task/a%01b")), JsonNode.class),
        "path");
    // a NUL in the path Tomcat refuses itself, before any filter; its error page answers as the API does
    ResponseEntity<JsonNode> nul = as(http, "engineer1").getForEntity(URI.create(url("/api/cases/CS%00X")),
        JsonNode.class);
    assertThat(nul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nul.getBody().path("errors").get(0).path("field").asText()).isEqualTo("path");

    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    assertInvalid(as(http, "engineer1").postForEntity("/engine-rest/task/count",
        new HttpEntity<>("name=a%00b", form), JsonNode.class), "name");
    assertInvalid(as(http, "engineer1").getForEntity(URI.create(url("/engine-rest/task?nameLike=a%00b")),
        JsonNode.class), "nameLike");
  }

  @Test
  void aNulInAVariableOfSubmitFormIsRefusedOnBothEngineRestsAndTheTaskStays() {
    String n = open("high", "medium", "phone").caseNumber();
    Task task = task(n, "work-case");
    assertThat(as(http, "engineer1").postForEntity("/engine-rest/task/" + task.getId() + "/claim",
        Map.of("userId", "engineer1"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> variables = Map.of("workAction", Map.of("value", "note"),
        "actionNote", Map.of("value", "checked\u0000 the counters"));

    ResponseEntity<JsonNode> rest = as(http, "engineer1").postForEntity(
        "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", variables), JsonNode.class);
    assertInvalid(rest, "variables.actionNote.value");
    assertThat(rest.getBody().path("message").asText()).as("what Tasklist shows")
        .startsWith("Invalid field variables.actionNote.value");

    NodeClient tasklist = NodeClient.loggedIntoWebapp(url(""), "tasklist", "engineer1", "demo");
    NodeClient.Response webapp = tasklist.postJson(
        url("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form"), Map.of("variables", variables));
    assertThat(webapp.status()).as("%s", webapp).isEqualTo(400);
    assertThat(webapp.json().path("errors").get(0).path("field").asText()).isEqualTo("variables.actionNote.value");

    assertThat(task(n, "work-case")).as("the task is still open").isNotNull();
    assertThat(runtimeService.getVariables(task.getProcessInstanceId())).doesNotContainKeys("workAction", "actionNote");
    assertThat(cases.view(n, ENGINEER).timeline()).noneMatch(e -> e.kind() == CaseEventKind.WORK_ACTION);
  }

  private static void assertInvalid(ResponseEntity<JsonNode> response, String field) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isNotNull()
        .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(response.getBody().path("title").asText()).isEqualTo("Invalid request");
    assertThat(response.getBody().path("errors").get(0).path("field").asText()).isEqualTo(field);
    assertThat(response.getBody().path("detail").asText()).startsWith("Invalid field " + field + ": must not contain");
  }

  private static Map<String, Object> openCase() {
    return Map.ofEntries(Map.entry("callerName", "Ada Lovelace"), Map.entry("callerCompany", "Demo Customer Ltd"),
        Map.entry("callerPhone", "+36 1 234 5678"), Map.entry("contractId", "CT-DEMO-1"),
        Map.entry("product", "router-x"), Map.entry("category", "operational-problem"), Map.entry("impact", "low"),
        Map.entry("urgency", "low"), Map.entry("subject", "Packets lost"), Map.entry("description", "Since 8:40"),
        Map.entry("channel", "phone"));
  }

  private long caseCount() {
    return jdbc.queryForObject("SELECT count(*) FROM support_case", Long.class);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}

package io.casedesk.security;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.NodeClient;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What an error tells a customer: another company's case (complaint, red flag, contract) answers exactly as one
 * that does not exist, and engine REST errors show no SQL, no stack trace and no id the caller did not give.
 */
class ErrorDisclosureTest extends CaseTestSupport {

  private static final String NO_SUCH_CASE = "CS-1999-999999";

  @Autowired TestRestTemplate http;
  @LocalServerPort int port;

  @Test
  void anotherCompanysCaseAnswersAsACaseThatDoesNotExist() {
    String theirs = open("low", "low", "phone", "operational-problem", "CT-DEMO-2").caseNumber();
    String ours = open("low", "low", "phone").caseNumber();
    TestRestTemplate customer = as(http, "customer1");
    assertThat(customer.getForEntity("/api/cases/" + ours, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    for (String suffix : List.of("", "/attachments", "/attachments/1")) {
      sameAnswer(customer.getForEntity("/api/cases/" + theirs + suffix, String.class), theirs,
          customer.getForEntity("/api/cases/" + NO_SUCH_CASE + suffix, String.class), NO_SUCH_CASE);
    }
    for (String action : List.of("/messages", "/closure", "/escalation")) {
      Map<String, Object> body = Map.of("text", "hello", "reason", "slow", "accept", true);
      sameAnswer(customer.postForEntity("/api/cases/" + theirs + action, body, String.class), theirs,
          customer.postForEntity("/api/cases/" + NO_SUCH_CASE + action, body, String.class), NO_SUCH_CASE);
    }
    Map<String, Object> complaint = Map.of("description", "Nobody called back", "complaintClass", "billing");
    sameAnswer(customer.postForEntity("/api/cases/" + theirs + "/complaints", complaint, String.class), theirs,
        customer.postForEntity("/api/cases/" + NO_SUCH_CASE + "/complaints", complaint, String.class), NO_SUCH_CASE);
    assertThat(cases.view(theirs, ENGINEER).timeline()).noneMatch(e -> "hello".equals(e.detail()));
  }

  @Test
  void anotherCompanysComplaintRedFlagAndContractAnswerAsOnesThatDoNotExist() {
    String theirCase = open("low", "low", "phone", "operational-problem", "CT-DEMO-2").caseNumber();
    ResponseEntity<JsonNode> complaint = as(http, "hotline1").postForEntity("/api/cases/" + theirCase + "/complaints",
        Map.of("description", "Nobody called back", "complaintClass", "billing", "channel", "phone"), JsonNode.class);
    assertThat(complaint.getStatusCode()).as("%s", complaint.getBody()).isEqualTo(HttpStatus.CREATED);
    String complaintId = complaint.getBody().path("complaintId").asText();
    String noSuchComplaint = complaintId.replaceAll("\\d+$", "999999");
    TestRestTemplate customer = as(http, "customer1");
    sameAnswer(customer.getForEntity("/api/complaints/" + complaintId, String.class), complaintId,
        customer.getForEntity("/api/complaints/" + noSuchComplaint, String.class), noSuchComplaint);

    ResponseEntity<JsonNode> redFlag = as(http, "supervisor1").postForEntity("/api/emergencies",
        Map.of("criterion", "Network operation severely hit", "description", "Backbone down"), JsonNode.class);
    assertThat(redFlag.getStatusCode()).as("%s", redFlag.getBody()).isEqualTo(HttpStatus.CREATED);
    String rf = redFlag.getBody().path("redFlagNumber").asText();
    String noSuchRedFlag = rf.replaceAll("\\d+$", "999999");
    sameAnswer(customer.getForEntity("/api/emergencies/" + rf, String.class), rf,
        customer.getForEntity("/api/emergencies/" + noSuchRedFlag, String.class), noSuchRedFlag);

    sameAnswer(customer.getForEntity("/api/contracts/CT-DEMO-2", String.class), "CT-DEMO-2",
        customer.getForEntity("/api/contracts/CT-NOPE-2", String.class), "CT-NOPE-2");
  }

  @Test
  void engineRestErrorsShowNoSqlStackOrForeignIds() {
    String theirs = open("low", "low", "phone", "operational-problem", "CT-DEMO-2").caseNumber();
    String instanceId = instance(theirs).getId();
    Task task = taskService.createTaskQuery().processInstanceId(instanceId).list().get(0);
    TestRestTemplate customer = as(http, "customer1");

    List<ResponseEntity<String>> answers = List.of(
        customer.getForEntity("/engine-rest/process-instance/" + instanceId, String.class),
        customer.getForEntity("/engine-rest/process-instance/" + instanceId + "/variables", String.class),
        customer.getForEntity("/engine-rest/task/" + task.getId() + "/variables", String.class),
        customer.getForEntity("/engine-rest/task/" + task.getId() + "/form-variables", String.class),
        customer.postForEntity("/engine-rest/task/" + task.getId() + "/submit-form",
            json(Map.of("variables", Map.of("priority", Map.of("value", "abc", "type", "Integer")))), String.class),
        customer.postForEntity("/engine-rest/task/" + task.getId() + "/complete", json(Map.of()), String.class),
        customer.postForEntity("/engine-rest/task/" + task.getId() + "/claim", json(Map.of("userId", "customer1")),
            String.class),
        customer.getForEntity("/engine-rest/execution/" + instanceId + "/localVariables", String.class),
        customer.postForEntity("/engine-rest/process-instance",
            json(Map.of("variables", List.of(Map.of("name", "a", "operator", "gt", "value", Map.of("x", 1))))),
            String.class),
        customer.postForEntity("/engine-rest/task", json(Map.of("sorting", List.of(Map.of("sortBy",
            "processVariable", "sortOrder", "asc", "parameters", Map.of("variable", "a", "type", "Foo"))))),
            String.class));
    for (ResponseEntity<String> answer : answers) {
      String body = String.valueOf(answer.getBody());
      assertThat(answer.getStatusCode().value()).as(body).isLessThan(500).isNotEqualTo(401);
      assertThat(body).as("no SQL, no stack trace").doesNotContainIgnoringCase("select ")
          .doesNotContain("###").doesNotContain("SQL").doesNotContain("Exception:").doesNotContain("\tat ")
          .doesNotContain(".java:");
      // the task's and the definition's ids were not given where the instance's was, and vice versa
      if (!body.contains(task.getId()) || answer.getStatusCode().is4xxClientError()) {
        assertThat(body.replace(task.getId(), "")).as("no other id than the one asked for")
            .doesNotContain(instance(theirs).getProcessDefinitionId());
      }
    }
    // the task's answers name no process instance id, the instance's no task id
    assertThat(answers.get(2).getBody() + answers.get(3).getBody() + answers.get(4).getBody()
        + answers.get(5).getBody() + answers.get(6).getBody()).doesNotContain(instanceId);
    assertThat(answers.get(0).getBody() + answers.get(1).getBody()).doesNotContain(task.getId());

    // the webapps' engine REST, with the customer's webapp login
    NodeClient browser = NodeClient.loggedIntoWebapp("http://localhost:" + port, "welcome", "customer1", "demo");
    String webapp = "http://localhost:" + port + "/camunda/api/engine/engine/default/";
    for (NodeClient.Response answer : List.of(
        browser.get(webapp + "process-instance/" + instanceId + "/variables"),
        browser.get(webapp + "task/" + task.getId() + "/form-variables"),
        browser.postJson(webapp + "task/" + task.getId() + "/submit-form",
            Map.of("variables", Map.of("priority", Map.of("value", "abc", "type", "Integer")))))) {
      assertThat(answer.status()).as("%s", answer).isBetween(400, 499).isNotEqualTo(401);
      assertThat(answer.body()).doesNotContain("###").doesNotContain("SQL").doesNotContain(".java:")
          .doesNotContain(instance(theirs).getProcessDefinitionId());
    }
    assertThat(browser.get(webapp + "task/" + task.getId() + "/form-variables").body()).doesNotContain(instanceId);
  }

  @Test
  void badEngineQueriesAnswer400NamingTheField() {
    // not engineer1: another test class logs in as engineer1 with a wrong password, which the engine makes wait
    TestRestTemplate engineer = as(http, "supervisor1");
    ResponseEntity<JsonNode> objectFilter = engineer.postForEntity("/engine-rest/process-instance",
        json(Map.of("variables", List.of(Map.of("name", "a", "operator", "gt", "value", Map.of("x", 1))))),
        JsonNode.class);
    assertThat(objectFilter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(objectFilter.getBody().path("errors").get(0).path("field").asText()).isEqualTo("variables");
    assertThat(objectFilter.getBody().path("message").asText()).startsWith("Invalid field variables");

    ResponseEntity<JsonNode> sortType = engineer.postForEntity("/engine-rest/task", json(Map.of("sorting",
        List.of(Map.of("sortBy", "processVariable", "sortOrder", "asc",
            "parameters", Map.of("variable", "a", "type", "Foo"))))), JsonNode.class);
    assertThat(sortType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(sortType.getBody().path("errors").get(0).path("field").asText()).isEqualTo("sorting.parameters.type");

    // correlating a message is for administrators only (the engine API policy): the bad input is theirs to send
    ResponseEntity<JsonNode> fileWithoutName = as(http, "admin").postForEntity("/engine-rest/message", json(Map.of(
        "messageName", "nothing-waits-for-this", "processVariables", Map.of("x", Map.of("value", "abc", "type", "File")))),
        JsonNode.class);
    assertThat(fileWithoutName.getStatusCode()).as("%s", fileWithoutName.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fileWithoutName.getBody().path("errors").get(0).path("field").asText()).isEqualTo("valueInfo.filename");

    ResponseEntity<JsonNode> notANumber = engineer.getForEntity("/engine-rest/task?maxResults=abc", JsonNode.class);
    assertThat(notANumber.getStatusCode()).as("Jersey said 404").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notANumber.getBody().path("errors").get(0).path("field").asText()).isEqualTo("maxResults");
  }

  /** Same status, and the same body once each answer's own number is taken out. */
  private static void sameAnswer(ResponseEntity<String> foreign, String foreignNumber, ResponseEntity<String> missing,
      String missingNumber) {
    assertThat(foreign.getStatusCode()).as("%s", foreign.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getStatusCode()).as("%s", missing.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(foreign.getBody().replace(foreignNumber, "#")).isEqualTo(missing.getBody().replace(missingNumber, "#"));
    assertThat(foreign.getHeaders().getContentType()).isEqualTo(missing.getHeaders().getContentType());
  }

  static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  static ResponseEntity<String> exchange(TestRestTemplate client, HttpMethod method, String url, Object body) {
    return client.exchange(url, method, json(body), String.class);
  }
}

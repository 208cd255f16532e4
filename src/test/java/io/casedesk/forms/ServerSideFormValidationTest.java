package io.casedesk.forms;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.cases.CaseEventKind;
import io.casedesk.support.CaseTestSupport;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The engine enforces the Camunda Forms however a task is completed or a case started by an agent. */
class ServerSideFormValidationTest extends CaseTestSupport {

  @Autowired TestRestTemplate http;

  @Test
  void restCompletionWithAValueTheFormForbidsIsRefusedNamingTheFieldAndTheTaskStays() {
    String n = open("high", "medium", "phone").caseNumber();
    Task task = claimedWorkTask(n);

    ResponseEntity<JsonNode> response = complete(task, Map.of("workAction", "note", "actionNote", "x".repeat(4001)));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText())
        .contains("Details (actionNote): must be at most 4000 characters long");
    assertTaskUntouched(n, task);
  }

  @Test
  void variableTheFormDoesNotOfferIsRefused() {
    String n = open("high", "medium", "phone").caseNumber();
    Task task = claimedWorkTask(n);

    ResponseEntity<JsonNode> response = complete(task, Map.of("workAction", "note", "actionNote", "Checked the counters",
        "priority", "P1"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText())
        .contains("priority: is not a field of form case-work");
    assertTaskUntouched(n, task);
    assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "priority")).isEqualTo("P2");
    assertThat(view(n).priority()).isEqualTo("P2");
  }

  @Test
  void validCompletionOverRestMovesTheCaseOn() {
    String n = open("high", "medium", "phone").caseNumber();
    Task task = claimedWorkTask(n);

    assertThat(complete(task, Map.of("workAction", "note", "actionNote", "Checked the counters")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(events(n, CaseEventKind.WORK_ACTION)).hasSize(1);
    assertThat(task(n, "work-case").getId()).isNotEqualTo(task.getId());
  }

  @Test
  void completionThroughTheJavaApiIsCheckedToo() {
    String n = open("high", "medium", "phone").caseNumber();
    Task task = claimedWorkTask(n);

    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("workAction", "escalate", "actionNote", "x")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(workAction): must be one of note, request-info");
    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("workAction", "note")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("(actionNote): is required");
    // a transient variable never reaches the database, but what follows the task in the transaction reads it
    assertThatThrownBy(() -> taskService.complete(task.getId(), Variables.createVariables()
        .putValue("workAction", "note").putValue("actionNote", "ok")
        .putValueTyped("supervisorApproved", Variables.booleanValue(true, true))))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("supervisorApproved: is not a field of form case-work");
    assertTaskUntouched(n, task);
  }

  @Test
  void agentsMayNotSetVariablesOfTheirTasksOutsideACompletion() {
    String n = open("high", "medium", "phone").caseNumber();
    Task task = claimedWorkTask(n);

    var response = as(http, "engineer1").exchange("/engine-rest/task/" + task.getId() + "/variables/priority",
        HttpMethod.PUT, new HttpEntity<>(Map.of("value", "P1", "type", "String")), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "priority")).isEqualTo("P2");
  }

  @Test
  void startFormSubmittedWithInvalidValuesStartsNothing() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("case-handling").count();
    Map<String, Object> form = new HashMap<>(intake());
    form.put("impact", Map.of("value", "catastrophic"));
    form.put("callerPhone", Map.of("value", "call me"));

    var response = as(http, "hotline1").postForEntity(
        "/engine-rest/process-definition/key/case-handling/submit-form", Map.of("variables", form), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText()).contains("(impact): must be one of high, medium, low")
        .contains("Phone number (callerPhone): must be a phone number such as +36 1 234 5678")
        .doesNotContain("[0-9");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("case-handling").count())
        .isEqualTo(before);
  }

  @Test
  void startingACaseOverTheEngineRestKeepsToTheStartFormEvenForAdministrators() {
    Map<String, Object> variables = new HashMap<>(intake());
    variables.put("channel", Map.of("value", "web"));
    variables.put("openedBy", Map.of("value", "customer1"));

    // the hotline logs cases with the start form only (README "Security model"): `start` is for administrators
    var hotline = as(http, "hotline1").postForEntity(
        "/engine-rest/process-definition/key/case-handling/start", Map.of("variables", intake()), JsonNode.class);
    assertThat(hotline.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    var refused = as(http, "admin").postForEntity(
        "/engine-rest/process-definition/key/case-handling/start", Map.of("variables", variables), JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText()).contains("(channel): must be one of phone, fax")
        .contains("openedBy: is not a field of form case-intake");

    var started = as(http, "admin").postForEntity(
        "/engine-rest/process-definition/key/case-handling/start", Map.of("variables", intake()), JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aRequiredTextOfSpacesIsRefusedNamingTheFieldAndNothingIsRecorded() {
    String n = open("high", "medium", "phone").caseNumber();
    Task task = claimedWorkTask(n);

    ResponseEntity<JsonNode> response = complete(task, Map.of("workAction", "note", "actionNote", "     "));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText()).contains("Details (actionNote): is required");
    assertTaskUntouched(n, task);

    ResponseEntity<JsonNode> noBreakSpaces = complete(task, Map.of("workAction", "request-info",
        "actionNote", "\u00A0\u00A0\n"));
    assertThat(noBreakSpaces.getStatusCode()).as("a question of no-break spaces would reach the customer")
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertTaskUntouched(n, task);
    assertThat(notifications(n, io.casedesk.notification.NotificationKind.INFORMATION_REQUEST)).isEmpty();
  }

  @Test
  void aBlankRequiredStartFieldIsRefusedToo() {
    Map<String, Object> form = new HashMap<>(intake());
    form.put("subject", Map.of("value", "   "));

    var response = as(http, "hotline1").postForEntity(
        "/engine-rest/process-definition/key/case-handling/submit-form", Map.of("variables", form), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("message").asText()).contains("Subject (subject): is required");
  }

  @Test
  void hotlineCaseWhoseCompanyIsNotTheContractsIsRefusedNamingTheCompany() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("case-handling").count();
    Map<String, Object> form = new HashMap<>(intake());
    form.put("callerCompany", Map.of("value", "Other Corp"));

    var refused = as(http, "hotline1").postForEntity(
        "/engine-rest/process-definition/key/case-handling/submit-form", Map.of("variables", form), JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText())
        .contains("Company (callerCompany): contract CT-DEMO-1 belongs to Demo Customer Ltd, not Other Corp");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("case-handling").count())
        .as("no case").isEqualTo(before);

    form.put("callerCompany", Map.of("value", "  demo customer LTD "));
    var started = as(http, "hotline1").postForEntity(
        "/engine-rest/process-definition/key/case-handling/submit-form", Map.of("variables", form), JsonNode.class);
    assertThat(started.getStatusCode()).as("the same company in other letters").isEqualTo(HttpStatus.OK);
    String n = started.getBody().path("businessKey").asText();
    assertThat(view(n).company()).isEqualTo("Demo Customer Ltd");
  }

  @Test
  void caseApiStillOpensWebCasesWithVariablesOnlyTheServerSets() {
    // the API validates its own body; channel "web" and openedBy are not start-form input
    assertThat(open("low", "low", "web").channel()).isEqualTo("web");
  }

  private Task claimedWorkTask(String caseNumber) {
    Task task = task(caseNumber, "work-case");
    assertThat(as(http, "engineer1").postForEntity("/engine-rest/task/" + task.getId() + "/claim",
        Map.of("userId", "engineer1"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return task;
  }

  private ResponseEntity<JsonNode> complete(Task task, Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return as(http, "engineer1").postForEntity("/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", variables), JsonNode.class);
  }

  private void assertTaskUntouched(String caseNumber, Task task) {
    Task now = task(caseNumber, "work-case");
    assertThat(now).as("the task is still open").isNotNull();
    assertThat(now.getId()).isEqualTo(task.getId());
    assertThat(now.getAssignee()).isEqualTo("engineer1");
    assertThat(runtimeService.getVariables(task.getProcessInstanceId())).doesNotContainKeys("workAction", "actionNote");
    assertThat(events(caseNumber, CaseEventKind.WORK_ACTION)).isEmpty();
  }

  private static Map<String, Object> intake() {
    Map<String, Object> form = new HashMap<>();
    Map.of("callerName", "Margaret Hamilton", "callerCompany", "Demo Customer Ltd", "callerPhone", "+36 1 555 0199",
        "contractId", "CT-DEMO-1", "product", "router-x", "category", "compatibility", "impact", "low",
        "urgency", "medium", "subject", "Does firmware 8 support our optics?", "channel", "phone")
        .forEach((name, value) -> form.put(name, Map.of("value", value)));
    return form;
  }
}

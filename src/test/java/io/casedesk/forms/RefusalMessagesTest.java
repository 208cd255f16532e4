package io.casedesk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.NodeClient;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an agent's client reads when Casedesk refuses a start, a completion or an assignee, on both engine REST
 * applications: {@code /engine-rest} (Modeler, scripts) and the webapps' {@code /camunda/api/engine/...} that
 * Tasklist calls with the agent's session. HTTP 400 whose {@code message} is only the sentence a person reads, no
 * "Cannot instantiate process definition case-handling:1:...", no form id; the {@code type} as Camunda gives it.
 */
class RefusalMessagesTest extends CaseTestSupport {

  static final String ENGINE_REST = "/engine-rest/";
  static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default/";
  static final String COMPANY_REFUSED =
      "Company (callerCompany): contract CT-DEMO-1 belongs to Demo Customer Ltd, not Other Corp";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;

  @Test
  void aRefusedStartReadsAsTheSentenceOnBothApis() {
    long before = caseCount();
    Map<String, Object> otherCorp = intake(Map.of("callerCompany", "Other Corp"));
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("case-handling")
        .latestVersion().singleResult().getId();

    for (NodeClient.Response refused : new NodeClient.Response[] {
        hotline().postJson(url(ENGINE_REST + "process-definition/" + definition + "/submit-form"), otherCorp),
        session("hotline1").postJson(url(WEBAPP_ENGINE + "process-definition/" + definition + "/submit-form"),
            otherCorp)}) {
      assertThat(refused.status()).as("%s", refused).isEqualTo(400);
      assertThat(refused.json().path("message").asText()).isEqualTo(COMPANY_REFUSED);
      assertThat(refused.json().path("type").asText()).isEqualTo("RestException");
    }

    NodeClient.Response byKey = hotline().postJson(
        url(ENGINE_REST + "process-definition/key/case-handling/submit-form"), otherCorp);
    assertThat(byKey.status()).as("%s", byKey).isEqualTo(400);
    assertThat(byKey.json().path("message").asText()).isEqualTo(COMPANY_REFUSED);
    assertThat(byKey.json().path("type").asText()).isEqualTo("RestException");

    // `start` is for administrators only (README "Security model"); the start form's checks apply to them too
    NodeClient.Response started = NodeClient.as("admin", "demo").postJson(
        url(ENGINE_REST + "process-definition/key/case-handling/start"), otherCorp);
    assertThat(started.status()).as("a refusal, not a server error: %s", started).isEqualTo(400);
    assertThat(started.json().path("message").asText()).isEqualTo(COMPANY_REFUSED);
    assertThat(started.json().path("type").asText()).isEqualTo("RestException");

    assertThat(caseCount()).as("nothing started").isEqualTo(before);
  }

  @Test
  void severalProblemsAreNamedOneAfterTheOther() {
    Map<String, Object> wrong = intake(Map.of("impact", "catastrophic", "callerPhone", "call me"));

    for (NodeClient.Response refused : new NodeClient.Response[] {
        hotline().postJson(url(ENGINE_REST + "process-definition/key/case-handling/submit-form"), wrong),
        session("hotline1").postJson(url(WEBAPP_ENGINE + "process-definition/key/case-handling/submit-form"),
            wrong)}) {
      assertThat(refused.status()).as("%s", refused).isEqualTo(400);
      assertThat(refused.json().path("message").asText()).isEqualTo(
          "Phone number (callerPhone): must be a phone number such as +36 1 234 5678; "
              + "Impact (impact): must be one of high, medium, low");
    }
  }

  @Test
  void aRefusedCompletionReadsAsTheSentenceOnBothApis() {
    String n = open("high", "medium", "phone").caseNumber();
    Task work = task(n, "work-case");
    taskService.claim(work.getId(), "engineer1");
    Map<String, Object> tooLong = variables(Map.of("workAction", "note", "actionNote", "x".repeat(4001)));
    String sentence = "Details (actionNote): must be at most 4000 characters long (it has 4001)";

    NodeClient engineer = NodeClient.as("engineer1", "demo");
    NodeClient tasklist = session("engineer1");
    for (NodeClient.Response refused : new NodeClient.Response[] {
        engineer.postJson(url(ENGINE_REST + "task/" + work.getId() + "/complete"), tooLong),
        engineer.postJson(url(ENGINE_REST + "task/" + work.getId() + "/submit-form"), tooLong),
        tasklist.postJson(url(WEBAPP_ENGINE + "task/" + work.getId() + "/submit-form"), tooLong)}) {
      assertThat(refused.status()).as("%s", refused).isEqualTo(400);
      assertThat(refused.json().path("message").asText()).isEqualTo(sentence);
      assertThat(refused.json().path("type").asText()).isEqualTo("RestException");
    }
    assertThat(task(n, "work-case").getId()).as("the task stays").isEqualTo(work.getId());
  }

  @Test
  void aRefusedAssigneeReadsAsTheSentenceOnBothApis() {
    String n = open("high", "medium", "phone").caseNumber();
    Task work = task(n, "work-case");
    Map<String, String> nobody = Map.of("userId", "nobody");

    for (NodeClient.Response refused : new NodeClient.Response[] {
        NodeClient.as("supervisor1", "demo").postJson(url(ENGINE_REST + "task/" + work.getId() + "/assignee"), nobody),
        session("supervisor1").postJson(url(WEBAPP_ENGINE + "task/" + work.getId() + "/assignee"), nobody),
        session("engineer1").postJson(url(WEBAPP_ENGINE + "task/" + work.getId() + "/claim"), nobody)}) {
      assertThat(refused.status()).as("%s", refused).isEqualTo(400);
      assertThat(refused.json().path("message").asText())
          .isEqualTo("Task \"Work the case\" cannot be given to nobody: there is no user nobody");
      assertThat(refused.json().path("type").asText()).isEqualTo("AssigneeRefusedException");
    }
    assertThat(task(n, "work-case").getAssignee()).isNull();
  }

  @Test
  void otherErrorsKeepCamundasAnswer() {
    for (NodeClient.Response missing : new NodeClient.Response[] {
        NodeClient.as("engineer1", "demo").postJson(url(ENGINE_REST + "task/no-such-task/submit-form"),
            variables(Map.of())),
        session("engineer1").postJson(url(WEBAPP_ENGINE + "task/no-such-task/submit-form"), variables(Map.of()))}) {
      // Camunda said 500; a task that does not exist is a 404 (io.casedesk.web.EngineErrors)
      assertThat(missing.status()).as("%s", missing).isEqualTo(404);
      assertThat(missing.json().path("message").asText()).startsWith("Cannot submit task form no-such-task: ");
    }
  }

  private long caseCount() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("case-handling").count();
  }

  private NodeClient hotline() {
    return NodeClient.as("hotline1", "demo");
  }

  /** Logged into the webapps as a browser is, sending the CSRF token with every change. */
  private NodeClient session(String user) {
    return NodeClient.loggedIntoWebapp(url(""), "tasklist", user, "demo");
  }

  private static Map<String, Object> intake(Map<String, String> changes) {
    Map<String, Object> values = new HashMap<>(Map.of("callerName", "Margaret Hamilton",
        "callerCompany", "Demo Customer Ltd", "callerPhone", "+36 1 555 0199", "contractId", "CT-DEMO-1",
        "product", "router-x", "category", "compatibility", "impact", "low", "urgency", "medium",
        "subject", "Does firmware 8 support our optics?", "channel", "phone"));
    values.putAll(changes);
    return variables(values);
  }

  private static Map<String, Object> variables(Map<String, ?> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return Map.of("variables", variables);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}

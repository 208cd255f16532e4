package io.casedesk.security;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.cases.CaseEventKind;
import io.casedesk.support.CaseTestSupport;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Work goes only to someone who may do it: a supervisor's "new engineer" and a task's assignee set in Tasklist or
 * over the engine REST must be an existing user who may work the task; a refusal names the user, changes nothing
 * and never reaches the case's timeline.
 */
class ReassignmentTest extends CaseTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;

  @BeforeEach
  void secondEngineer() {
    identity.ensureUser("engineer2", "Second", "Engineer", DemoUsers.PASSWORD, Set.of(CasedeskGroups.ENGINEERS));
  }

  @Test
  void supervisorsTypoInTheNewEngineerIsRefusedNamingTheUser() {
    String n = caseWaitingForASupervisorsDecision();
    Task decision = task(n, "supervisor-decision");
    long assignedBefore = events(n, CaseEventKind.ASSIGNED).size();

    ResponseEntity<JsonNode> typo = decide(decision, "enginer2");

    assertThat(typo.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(typo.getBody().path("message").asText())
        .contains("New engineer (user id) (newEngineer): there is no user enginer2");
    assertThat(task(n, "supervisor-decision").getId()).as("the decision is still to make").isEqualTo(decision.getId());
    assertThat(events(n, CaseEventKind.SUPERVISOR_DECISION)).isEmpty();
    assertThat(events(n, CaseEventKind.ASSIGNED)).hasSize((int) assignedBefore);

    ResponseEntity<JsonNode> notAnEngineer = decide(decision, "supervisor1");
    assertThat(notAnEngineer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notAnEngineer.getBody().path("message").asText())
        .contains("(newEngineer): supervisor1 is not a member of group engineers");

    assertThat(decide(decision, " engineer2 ").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(task(n, "work-case").getAssignee()).isEqualTo("engineer2");
    assertThat(events(n, CaseEventKind.ASSIGNED)).last()
        .satisfies(e -> assertThat(e.detail()).isEqualTo("Assigned to engineer2"));
  }

  @Test
  void anAssigneeWhoDoesNotExistOrMayNotWorkTheTaskIsRefused() {
    String n = open("high", "medium", "phone").caseNumber();
    Task work = task(n, "work-case");

    ResponseEntity<JsonNode> nobody = setAssignee("supervisor1", work, "nobody");
    assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nobody.getBody().path("message").asText())
        .isEqualTo("Task \"Work the case\" cannot be given to nobody: there is no user nobody");

    ResponseEntity<JsonNode> hotline = setAssignee("supervisor1", work, "hotline1");
    assertThat(hotline.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(hotline.getBody().path("message").asText()).contains("hotline1 is not a member of group engineers");

    var claimForNobody = as(http, "engineer1").postForEntity("/engine-rest/task/" + work.getId() + "/claim",
        Map.of("userId", "nobody"), JsonNode.class);
    assertThat(claimForNobody.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    var delegateToNobody = as(http, "supervisor1").postForEntity("/engine-rest/task/" + work.getId() + "/delegate",
        Map.of("userId", "nobody"), JsonNode.class);
    // delegating is for administrators only (README "Security model"): refused before the engine runs
    assertThat(delegateToNobody.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThatThrownBy(() -> taskService.setAssignee(work.getId(), "nobody"))
        .isInstanceOf(AssigneeRefusedException.class).hasMessageContaining("nobody");

    assertThat(task(n, "work-case").getAssignee()).as("nothing changed").isNull();
    assertThat(view(n).assignee()).isNull();
    assertThat(events(n, CaseEventKind.ASSIGNED)).isEmpty();
    assertThat(notifications(n, io.casedesk.notification.NotificationKind.ASSIGNMENT)).isEmpty();

    assertThat(setAssignee("supervisor1", work, "engineer2").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(events(n, CaseEventKind.ASSIGNED)).singleElement()
        .satisfies(e -> assertThat(e.detail()).isEqualTo("Assigned to engineer2"));
  }

  @Test
  void taskWithCandidateUsersOrNoneAtAll() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("reassignment-fixture").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("notes").name("Add shift notes").camundaAssignee("manager1")
        .userTask("quote").name("Quote the part").camundaCandidateUsers("sales1")
        .endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("reassignment-fixture.bpmn", model).deploy();
    String instance = runtimeService.startProcessInstanceByKey("reassignment-fixture").getId();
    Task notes = taskService.createTaskQuery().processInstanceId(instance).singleResult();

    taskService.setAssignee(notes.getId(), "supervisor1"); // no candidates: whoever exists, as the diagram says
    assertThatThrownBy(() -> taskService.setAssignee(notes.getId(), "nobody"))
        .hasMessage("Task \"Add shift notes\" cannot be given to nobody: there is no user nobody");
    taskService.complete(notes.getId());

    Task quote = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThatThrownBy(() -> taskService.claim(quote.getId(), "engineer1"))
        .isInstanceOf(AssigneeRefusedException.class).hasMessageEndingWith("engineer1 is not one of sales1");
    taskService.claim(quote.getId(), "sales1");
    assertThat(taskService.createTaskQuery().taskId(quote.getId()).singleResult().getAssignee()).isEqualTo("sales1");
  }

  private String caseWaitingForASupervisorsDecision() {
    String n = open("high", "medium", "phone").caseNumber();
    work(n, "engineer1", "change-engineer", "Needs someone who knows the optics");
    assertThat(task(n, "supervisor-decision")).isNotNull();
    return n;
  }

  private ResponseEntity<JsonNode> decide(Task decision, String newEngineer) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("supervisorApproved", Map.of("value", true));
    variables.put("decisionNote", Map.of("value", "Optics specialist"));
    variables.put("newEngineer", Map.of("value", newEngineer));
    return as(http, "supervisor1").postForEntity("/engine-rest/task/" + decision.getId() + "/complete",
        Map.of("variables", variables), JsonNode.class);
  }

  private ResponseEntity<JsonNode> setAssignee(String user, Task task, String assignee) {
    return as(http, user).exchange("/engine-rest/task/" + task.getId() + "/assignee", HttpMethod.POST,
        new HttpEntity<>(Map.of("userId", assignee)), JsonNode.class);
  }
}

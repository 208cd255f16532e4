package io.casedesk.security;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.cases.CaseStatus;
import io.casedesk.notification.NotificationKind;
import io.casedesk.support.CaseTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 16's cases, replayed over the engine REST as the people who tried them: each is refused by the security
 * model (README "Security model") and leaves the case, its tasks, variables and jobs as they were.
 */
class EngineApiPolicyJourneyTest extends CaseTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;

  @Test
  void nobodyButAdministratorsTouchesJobsOrTheHistoryCleanup() {
    String n = open("high", "high", "phone").caseNumber();
    Job timer = timerJobs(n).stream().min((a, b) -> a.getDuedate().compareTo(b.getDuedate())).orElseThrow();
    List<Job> cleanup = engine.getHistoryService().findHistoryCleanupJobs();
    List<java.util.Date> cleanupDue = cleanup.stream().map(Job::getDuedate).toList();
    for (String user : List.of("engineer1", "supervisor1", "manager1", "auditor1", "analyst1", "customer1",
        "hotline1")) {
      assertRefused(post(user, "/job/" + timer.getId() + "/execute", Map.of()), user + " executes");
      assertRefused(put(user, "/job/" + timer.getId() + "/retries", Map.of("retries", 0)), user + " sets retries");
      assertRefused(put(user, "/job/" + timer.getId() + "/duedate", Map.of("duedate", "2030-01-01T00:00:00.000+0000")),
          user + " moves the due date");
      assertRefused(put(user, "/job/" + timer.getId() + "/suspended", Map.of("suspended", true)), user + " suspends");
      assertRefused(post(user, "/history/cleanup", Map.of()), user + " runs the history cleanup");
      for (Job job : cleanup) {
        assertRefused(post(user, "/job/" + job.getId() + "/execute", Map.of()), user + " executes the clean-up job");
      }
    }
    for (String agent : List.of("engineer1", "hotline1", "rmadesk1", "sales1", "customer1")) {
      assertRefused(get(agent, "/job"), agent + " lists jobs");
    }
    Job after = managementService.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).as("no retry taken").isEqualTo(timer.getRetries());
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(after.isSuspended()).isFalse();
    assertThat(engine.getHistoryService().findHistoryCleanupJobs()).extracting(Job::getDuedate)
        .as("the clean-up still waits for its window").isEqualTo(cleanupDue);
    assertThat(view(n).escalationLevel()).isZero();
  }

  @Test
  void aTaskEndsOnlyThroughItsForm() {
    String n = open("high", "medium", "phone").caseNumber();
    Task work = task(n, "work-case");
    taskService.claim(work.getId(), "engineer1");
    Object priority = runtimeService.getVariable(work.getProcessInstanceId(), "priority");

    assertRefused(post("engineer1", "/task/" + work.getId() + "/bpmnError",
        Map.of("errorCode", "case-closed", "variables", Map.of("workAction", Map.of("value", "close")))),
        "a candidate ends Work the case with a BPMN error");
    assertRefused(post("engineer1", "/task/" + work.getId() + "/bpmnEscalation", Map.of("escalationCode", "x")),
        "a candidate raises an escalation");
    assertRefused(post("supervisor1", "/task/" + work.getId() + "/delegate", Map.of("userId", "supervisor1")),
        "a supervisor delegates to themselves");
    assertRefused(post("supervisor1", "/task/" + work.getId() + "/resolve", Map.of("variables",
        Map.of("priority", Map.of("value", "P4"), "escalationLevel", Map.of("value", 3)))),
        "a supervisor resolves past the form");
    for (String user : List.of("engineer1", "supervisor1", "manager1")) {
      assertRefused(post(user, "/task/" + work.getId() + "/variables",
          Map.of("modifications", Map.of("priority", Map.of("value", "P4")))), user + " writes task variables");
      assertRefused(put(user, "/task/" + work.getId() + "/localVariables/priority", Map.of("value", "P4")),
          user + " writes a local variable");
      assertRefused(post(user, "/process-instance/" + work.getProcessInstanceId() + "/variables",
          Map.of("modifications", Map.of("escalationLevel", Map.of("value", 3)))), user + " writes case variables");
      assertRefused(exchange(user, HttpMethod.DELETE, "/process-instance/" + work.getProcessInstanceId()
          + "/variables/priority", null), user + " deletes a case variable");
      assertRefused(put(user, "/execution/" + work.getExecutionId() + "/localVariables/priority", Map.of("value", "P4")),
          user + " writes an execution's variable");
    }

    Task still = task(n, "work-case");
    assertThat(still).as("the task is still open").isNotNull();
    assertThat(still.getAssignee()).isEqualTo("engineer1");
    assertThat(still.getOwner()).isNull();
    assertThat(runtimeService.getVariable(work.getProcessInstanceId(), "priority")).isEqualTo(priority);
    assertThat(view(n).status()).isNotEqualTo(CaseStatus.CLOSED);
    assertThat(view(n).escalationLevel()).isZero();
    assertThat(notifications(n, NotificationKind.SURVEY_INVITATION)).isEmpty();
  }

  @Test
  void caseNumbersAreDrawnByTheServer() {
    long before = runtimeService.createProcessInstanceQuery().count();
    for (String key : List.of("case-handling", "complaint", "rma", "emergency-event", "rma-return", "shift-handoff",
        "monthly-customer-report")) {
      for (String user : List.of("hotline1", "rmadesk1", "supervisor1", "manager1", "analyst1")) {
        assertRefused(post(user, "/process-definition/key/" + key + "/start",
            Map.of("businessKey", "<img src=x onerror=alert(1)>")), user + " starts " + key);
      }
    }
    var withKey = post("hotline1", "/process-definition/key/case-handling/submit-form",
        Map.of("businessKey", "<img src=x onerror=alert(1)>", "variables", intake()));
    assertThat(withKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withKey.getBody().path("detail").asText()).contains("drawn by the server");
    assertThat(post("admin", "/process-definition/key/case-handling/start",
        Map.of("businessKey", "CASE-2099-000001", "variables", intake())).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(runtimeService.createProcessInstanceQuery().count()).as("nothing started").isEqualTo(before);

    var logged = post("hotline1", "/process-definition/key/case-handling/submit-form", Map.of("variables", intake()));
    assertThat(logged.getStatusCode()).as(logged.toString()).isEqualTo(HttpStatus.OK);
    String key = logged.getBody().path("businessKey").asText();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(logged.getBody().path("id").asText())
        .singleResult().getBusinessKey()).as("drawn by the server").isNotBlank().doesNotContain("<");
    assertThat(key).doesNotContain("<");
  }

  @Test
  void auditorsReadButAddNothing() {
    String n = open("low", "low", "phone").caseNumber();
    Task work = task(n, "work-case");
    assertThat(get("auditor1", "/task/" + work.getId()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("auditor1", "/task/" + work.getId() + "/comment").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertRefused(post("auditor1", "/task/" + work.getId() + "/comment/create", Map.of("message", "audited")),
        "an auditor comments");
    assertRefused(post("auditor1", "/task/" + work.getId() + "/claim", Map.of("userId", "auditor1")),
        "an auditor claims");
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("attachment-name", "note.txt");
    parts.add("url", "http://example.org");
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    assertRefused(as(http, "auditor1").postForEntity("/engine-rest/task/" + work.getId() + "/attachment/create",
        new HttpEntity<>(parts, headers), JsonNode.class), "an auditor attaches a file");
    assertThat(taskService.getTaskComments(work.getId())).isEmpty();
    assertThat(taskService.getTaskAttachments(work.getId())).isEmpty();
    assertThat(task(n, "work-case").getAssignee()).isNull();

    // (engineers read no history, which the engine REST asks of a comment; supervisors do)
    var comment = post("supervisor1", "/task/" + work.getId() + "/comment/create", Map.of("message", "checked optics"));
    assertThat(comment.getStatusCode()).as("supervisors still comment: " + comment.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void customersNeitherDeleteThemselvesNorChangeTheirEmail() {
    String email = identityService.createUserQuery().userId("customer1").singleResult().getEmail();
    assertRefused(exchange("customer1", HttpMethod.DELETE, "/user/customer1", null), "a customer deletes themselves");
    assertRefused(put("customer1", "/user/customer1/profile",
        Map.of("id", "customer1", "firstName", "Demo", "lastName", "customer", "email", "ceo@victim.example")),
        "a customer changes their e-mail");
    assertRefused(get("customer1", "/user/engineer1/profile"), "a customer reads another's profile");
    assertThat(get("customer1", "/user/customer1/profile").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(identityService.createUserQuery().userId("customer1").singleResult().getEmail()).isEqualTo(email);
  }

  @Test
  void crossSiteChangesAreRefusedAndModelerStillDeploys() {
    var foreign = new HttpHeaders();
    foreign.set(HttpHeaders.ORIGIN, "https://evil.example");
    foreign.setContentType(MediaType.MULTIPART_FORM_DATA);
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("deployment-name", "cross-site");
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    var refused = as(http, "admin").postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, foreign),
        JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(refused.getHeaders().getFirst(EngineApiGate.REFUSED_BY)).isEqualTo("cross-site-request");
    assertThat(refused.getBody().path("status").asInt()).isEqualTo(403);

    var fetchSite = new HttpHeaders();
    fetchSite.set("Sec-Fetch-Site", "cross-site");
    fetchSite.setContentType(MediaType.APPLICATION_JSON);
    assertThat(as(http, "hotline1").postForEntity("/api/cases", new HttpEntity<>("{}", fetchSite), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var nullOrigin = new HttpHeaders();
    nullOrigin.set(HttpHeaders.ORIGIN, "null");
    nullOrigin.setContentType(MediaType.APPLICATION_JSON);
    assertThat(as(http, "hotline1").postForEntity("/engine-rest/task/count", new HttpEntity<>("{}", nullOrigin),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);

    // the server's own origin (the webapps' pages) and none (Camunda Modeler, curl) pass
    var own = new HttpHeaders();
    own.set(HttpHeaders.ORIGIN, http.getRootUri());
    own.setContentType(MediaType.APPLICATION_JSON);
    assertThat(as(http, "hotline1").postForEntity("/engine-rest/task/count", new HttpEntity<>("{}", own),
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    var sameSite = new HttpHeaders();
    sameSite.set("Sec-Fetch-Site", "same-origin");
    sameSite.setContentType(MediaType.APPLICATION_JSON);
    assertThat(as(http, "hotline1").postForEntity("/engine-rest/task/count", new HttpEntity<>("{}", sameSite),
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("hotline1", "/task/count").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private void assertRefused(ResponseEntity<JsonNode> response, String what) {
    assertThat(response.getStatusCode()).as(what + ": " + response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getFirst(EngineApiGate.REFUSED_BY)).as(what).isNotNull();
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(what).isTrue();
    assertThat(response.getBody().path("detail").asText()).as(what).isNotBlank();
  }

  private ResponseEntity<JsonNode> get(String user, String path) {
    return exchange(user, HttpMethod.GET, path, null);
  }

  private ResponseEntity<JsonNode> post(String user, String path, Object body) {
    return exchange(user, HttpMethod.POST, path, body);
  }

  private ResponseEntity<JsonNode> put(String user, String path, Object body) {
    return exchange(user, HttpMethod.PUT, path, body);
  }

  private ResponseEntity<JsonNode> exchange(String user, HttpMethod method, String path, Object body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(http, user).exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers), JsonNode.class);
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

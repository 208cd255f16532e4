package io.casedesk.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.NodeClient;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst checks their own work without admin rights, as Cockpit (with its session, under
 * /camunda/api/engine/...) and Camunda Modeler (HTTP basic on /engine-rest) ask the engine: the running instances of
 * case-handling with their variables, a job, an incident, the history, and a decision evaluated as a test
 * evaluation does. Every door that changes something answers 403 and changes nothing.
 */
class AnalystReadHttpTest extends CaseTestSupport {

  private static final String COCKPIT_ENGINE = "/camunda/api/engine/engine/default/";
  private static final String ENGINE_REST = "/engine-rest/";

  @LocalServerPort int port;

  /** The analyst as Modeler (HTTP basic) and as Cockpit (session and CSRF token), with the base each one uses. */
  private List<Door> analysts() {
    return List.of(new Door("engine REST", NodeClient.as("analyst1", "demo"), url(ENGINE_REST)),
        new Door("Cockpit session", cockpitSession("analyst1"), url(COCKPIT_ENGINE)));
  }

  private record Door(String name, NodeClient client, String base) {}

  @Test
  void analystReadsInstancesVariablesJobsIncidentsAndHistory() {
    String n = open("high", "high", "phone").caseNumber();
    cases.requestDutyManager(n, "Nobody has called us back", CUSTOMER); // a second timer: the call-back's
    ProcessInstance instance = instance(n);
    String id = instance.getId();
    List<Job> timers = timerJobs(n);
    assertThat(timers).as("the next escalation and the call-back").hasSize(2);
    Job timer = timers.get(0);
    // an escalation timer whose retries ran out, as a broken rule leaves it: a failed-job incident
    Job failed = timers.get(timers.size() - 1);
    managementService.setJobRetries(failed.getId(), 0);
    Incident incident = runtimeService.createIncidentQuery().configuration(failed.getId()).singleResult();

    for (Door analyst : analysts()) {
      JsonNode running = read(analyst, "process-instance?processDefinitionKey=case-handling&businessKey=" + n);
      assertThat(running.findValuesAsText("id")).as(analyst.name()).containsExactly(id);
      assertThat(read(analyst, "process-instance/" + id + "/variables?deserializeValues=false")
          .path("caseNumber").path("value").asText()).as("%s reads case data", analyst.name()).isEqualTo(n);
      assertThat(read(analyst, "process-definition/statistics?incidents=true").findValuesAsText("id"))
          .as(analyst.name()).contains(instance.getProcessDefinitionId());
      assertThat(read(analyst, "process-definition/" + instance.getProcessDefinitionId() + "/xml")
          .path("bpmn20Xml").asText()).contains("id=\"work-case\"");
      assertThat(read(analyst, "process-instance/" + id + "/activity-instances")
          .path("processInstanceId").asText()).isEqualTo(id);

      JsonNode incidents = read(analyst, "incident?processInstanceId=" + id);
      assertThat(incidents.findValuesAsText("id")).as(analyst.name()).containsExactly(incident.getId());
      assertThat(read(analyst, "incident/" + incident.getId()).path("incidentType").asText())
          .isEqualTo("failedJob");
      assertThat(read(analyst, "job/" + failed.getId()).path("retries").asInt()).isZero();

      assertThat(read(analyst, "job?processInstanceId=" + id).findValuesAsText("id")).contains(timer.getId());
      assertThat(read(analyst, "job/" + timer.getId()).path("retries").asInt()).isEqualTo(timer.getRetries());
      assertThat(read(analyst, "job-definition?processDefinitionId=" + instance.getProcessDefinitionId()))
          .isNotEmpty();

      assertThat(read(analyst, "history/process-instance?processInstanceBusinessKey=" + n)
          .findValuesAsText("id")).as(analyst.name()).containsExactly(id);
      assertThat(read(analyst, "history/activity-instance?processInstanceId=" + id)
          .findValuesAsText("activityId")).isNotEmpty();
      assertThat(read(analyst, "history/variable-instance?deserializeValues=false&processInstanceId=" + id)
          .findValuesAsText("name")).contains("caseNumber", "priority", "queue");
      assertThat(read(analyst, "history/incident?processInstanceId=" + id).findValuesAsText("id"))
          .contains(incident.getId());
      assertThat(read(analyst, "history/job-log?processInstanceId=" + id)).isNotEmpty();
      // the triage evaluated case-priority for this case
      assertThat(read(analyst, "history/decision-instance?decisionDefinitionKey=case-priority&processInstanceId="
          + id)).hasSize(1);

      // no task: analysts work none and read none (Cockpit's user-task tab is empty for them)
      assertThat(read(analyst, "task?processInstanceId=" + id)).isEmpty();
    }
  }

  @Test
  void analystEvaluatesADecisionAsATestEvaluationDoes() {
    for (Door analyst : analysts()) {
      for (String[] row : new String[][] {{"high", "high", "P1"}, {"high", "medium", "P2"}, {"medium", "medium", "P3"}, {"medium", "low", "P4"}}) {
        NodeClient.Response evaluated = analyst.client().postJson(analyst.base()
            + "decision-definition/key/case-priority/evaluate", Map.of("variables", Map.of(
                "impact", Map.of("value", row[0], "type", "String"),
                "urgency", Map.of("value", row[1], "type", "String"))));
        assertThat(evaluated.status()).as("%s: %s", analyst.name(), evaluated).isEqualTo(200);
        assertThat(evaluated.json()).hasSize(1);
        assertThat(evaluated.json().get(0).path("priority").path("value").asText())
            .as("%s, impact %s, urgency %s", analyst.name(), row[0], row[1]).isEqualTo(row[2]);
      }
      assertThat(read(analyst, "decision-definition?key=case-priority&latestVersion=true")).hasSize(1);
      assertThat(read(analyst, "history/decision-instance?decisionDefinitionKey=case-priority"
          + "&sortBy=evaluationTime&sortOrder=desc&maxResults=1")).hasSize(1);
    }
  }

  @Test
  void everyDoorThatChangesSomethingIsRefusedAndNothingChanges() {
    String n = open("high", "high", "phone").caseNumber();
    ProcessInstance instance = instance(n);
    String id = instance.getId();
    String definitionId = instance.getProcessDefinitionId();
    Job timer = timerJobs(n).get(0);
    Task task = tasks(n).get(0);
    Incident incident = runtimeService.createIncident("casedesk-check", task.getExecutionId(), "analyst-write",
        "Checked by hand");
    Map<String, Object> variables = runtimeService.getVariables(id);
    List<String> activities = runtimeService.getActiveActivityIds(id);
    String deploymentId = repositoryService().getProcessDefinition(definitionId).getDeploymentId();

    for (Door analyst : analysts()) {
      String b = analyst.base();
      NodeClient c = analyst.client();
      // jobs
      refused(analyst, c.putJson(b + "job/" + timer.getId() + "/retries", Map.of("retries", 0)), "UPDATE");
      // (job/{id}/execute: see refusedJobExecutionLeavesTheRetries)
      refused(analyst, c.putJson(b + "job/" + timer.getId() + "/duedate", Map.of("duedate",
          "2030-01-01T00:00:00.000+0000")), "UPDATE");
      refused(analyst, c.putJson(b + "job/" + timer.getId() + "/suspended", Map.of("suspended", true)), "UPDATE");
      refused(analyst, c.putJson(b + "job-definition/" + timer.getJobDefinitionId() + "/suspended",
          Map.of("suspended", true, "includeJobs", true)), "UPDATE");
      // variables
      refused(analyst, c.putJson(b + "process-instance/" + id + "/variables/priority",
          Map.of("value", "P4", "type", "String")), "UPDATE");
      refused(analyst, c.postJson(b + "process-instance/" + id + "/variables", Map.of("modifications",
          Map.of("escalationLevel", Map.of("value", 3, "type", "Integer")), "deletions", List.of("caseNumber"))),
          "UPDATE");
      refused(analyst, c.delete(b + "process-instance/" + id + "/variables/caseNumber"), "UPDATE");
      // the instance: cancel, suspend, modify, migrate
      refused(analyst, c.delete(b + "process-instance/" + id), "DELETE");
      refused(analyst, c.putJson(b + "process-instance/" + id + "/suspended", Map.of("suspended", true)),
          "SUSPEND");
      refused(analyst, c.putJson(b + "process-definition/" + definitionId + "/suspended",
          Map.of("suspended", true, "includeProcessInstances", true)), "");
      refused(analyst, c.postJson(b + "process-instance/" + id + "/modification", Map.of("instructions",
          List.of(Map.of("type", "startBeforeActivity", "activityId", "work-case")))), "UPDATE");
      // (migrations are administration, a plan too: README "Security model"; an administrator draws it up)
      NodeClient.Response plan = NodeClient.as("admin", "demo").postJson(url(ENGINE_REST + "migration/generate"),
          Map.of("sourceProcessDefinitionId", definitionId, "targetProcessDefinitionId", definitionId));
      assertThat(plan.status()).as("%s: %s", analyst.name(), plan).isEqualTo(200);
      refused(analyst, c.postJson(b + "migration/execute", Map.of("migrationPlan", plan.json(),
          "processInstanceIds", List.of(id))), "MIGRATE_INSTANCE");
      refused(analyst, c.postJson(b + "process-definition/" + definitionId + "/start",
          Map.of("businessKey", "CS-ANALYST")), "CREATE");
      // incidents
      refused(analyst, c.delete(b + "incident/" + incident.getId()), "UPDATE");
      refused(analyst, c.putJson(b + "incident/" + incident.getId() + "/annotation",
          Map.of("annotation", "looked at it")), "UPDATE");
      // tasks
      refused(analyst, c.postJson(b + "task/" + task.getId() + "/claim", Map.of("userId", "analyst1")), "");
      refused(analyst, c.postJson(b + "task/" + task.getId() + "/complete", Map.of()), "");
      // the deployment the cases run on
      refused(analyst, c.delete(b + "deployment/" + deploymentId + "?cascade=true"), "DELETE");
    }

    assertThat(managementService.createJobQuery().jobId(timer.getId()).singleResult())
        .as("the timer is still there, not suspended, due as before")
        .satisfies(job -> {
          assertThat(job.isSuspended()).isFalse();
          assertThat(job.getDuedate()).isEqualTo(timer.getDuedate());
          assertThat(job.getRetries()).isEqualTo(timer.getRetries());
          assertThat(job.getExceptionMessage()).isNull();
        });
    assertThat(managementService.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
        .singleResult().isSuspended()).isFalse();
    ProcessInstance after = instance(n);
    assertThat(after).as("the instance still runs").isNotNull();
    assertThat(after.isSuspended()).isFalse();
    assertThat(repositoryService().getProcessDefinition(definitionId).isSuspended()).isFalse();
    assertThat(runtimeService.getVariables(id)).isEqualTo(variables);
    assertThat(runtimeService.getActiveActivityIds(id)).containsExactlyInAnyOrderElementsOf(activities);
    assertThat(runtimeService.createIncidentQuery().incidentId(incident.getId()).singleResult().getAnnotation())
        .isNull();
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("CS-ANALYST").count()).isZero();
    assertThat(repositoryService().createDeploymentQuery().deploymentId(deploymentId).count()).isEqualTo(1);
  }

  /**
   * Camunda 7.24 refuses {@code POST /job/{id}/execute} with 403 but counted it as a failed execution: each call by an
   * analyst took one retry off the timer (issue 16). The permission is now checked before the job runs
   * ({@code JobExecutionPermission}): a refused call leaves the job as it was.
   */
  @Test
  void refusedJobExecutionLeavesTheRetries() {
    String n = open("high", "high", "phone").caseNumber();
    Job timer = timerJobs(n).get(0);
    for (Door analyst : analysts()) {
      refused(analyst, analyst.client().postJson(analyst.base() + "job/" + timer.getId() + "/execute", Map.of()),
          "UPDATE");
    }
    Job after = managementService.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(runtimeService.createIncidentQuery().configuration(timer.getId()).count()).isZero();
  }

  private org.camunda.bpm.engine.RepositoryService repositoryService() {
    return engine.getRepositoryService();
  }

  private static void refused(Door analyst, NodeClient.Response response, String permission) {
    assertThat(response.status()).as("%s: %s", analyst.name(), response).isEqualTo(403);
    assertThat(response.json().path("type").asText()).as("%s: %s", analyst.name(), response)
        .isEqualTo("AuthorizationException");
    // refused by the security model's allow-list before the engine runs (it names its rule), or by the engine
    if (!response.json().has("rule")) {
      assertThat(response.json().path("message").asText()).contains(permission);
    }
  }

  private NodeClient cockpitSession(String user) {
    return NodeClient.loggedIntoWebapp(url(""), "cockpit", user, "demo");
  }

  private JsonNode read(Door analyst, String path) {
    NodeClient.Response response = analyst.client().get(analyst.base() + path);
    assertThat(response.status()).as("%s GET %s: %s", analyst.name(), path, response).isEqualTo(200);
    return response.json();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}

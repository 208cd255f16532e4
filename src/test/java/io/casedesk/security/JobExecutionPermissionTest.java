package io.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.NodeClient;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16: executing a job is refused to people without the permission, and a refused execution leaves the job as
 * it was; a job that really fails, run by an admin or by the engine, still counts its retries down to an incident.
 */
class JobExecutionPermissionTest extends CaseTestSupport {

  @LocalServerPort int port;

  @Test
  void refusedExecutionsLeaveTheEscalationTimerToFireWhenDue() {
    String n = open("high", "high", "phone").caseNumber();
    Job timer = timerJobs(n).stream().min((a, b) -> a.getDuedate().compareTo(b.getDuedate())).orElseThrow();
    // a first try and three retries with back-off (camunda.bpm.generic-properties failedJobRetryTimeCycle)
    assertThat(timer.getRetries()).isEqualTo(4);

    for (String user : new String[] {"customer1", "analyst1"}) {
      NodeClient client = NodeClient.as(user, "demo");
      for (int call = 1; call <= 3; call++) {
        NodeClient.Response response = client.postJson(url("/engine-rest/job/" + timer.getId() + "/execute"), Map.of());
        assertThat(response.status()).as("%s, call %d: %s", user, call, response).isEqualTo(403);
        assertThat(response.json().path("type").asText()).as("%s: %s", user, response)
            .isEqualTo("AuthorizationException");
      }
    }

    Job after = managementService.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).as("retries after six refused calls").isEqualTo(4);
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(runtimeService.createIncidentQuery().processInstanceId(after.getProcessInstanceId()).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricJobLogQuery().jobId(timer.getId()).failureLog().count())
        .as("no failure in the job log").isZero();
    assertThat(view(n).escalationLevel()).isZero();

    advanceTo(n, timer.getDuedate().toInstant());
    assertThat(view(n).escalationLevel()).as("the escalation fired when due").isEqualTo(1);
  }

  @Test
  void aJobThatReallyFailsStillCountsDownToAnIncident() {
    RepositoryService repository = engine.getRepositoryService();
    String deployment = repository.createDeployment().name("failing-job-test")
        .addModelInstance("failing-job-test.bpmn", Bpmn.createExecutableProcess("failing-job-test")
            .camundaHistoryTimeToLive(1).startEvent().serviceTask("fail").camundaAsyncBefore()
            .camundaExpression("${noSuchBeanAnywhere}").endEvent().done())
        .deploy().getId();
    try {
      String instance = runtimeService.startProcessInstanceByKey("failing-job-test").getId();
      Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
      assertThat(job.getRetries()).as("a first try and three retries with back-off").isEqualTo(4);

      NodeClient.Response byAdmin = NodeClient.as("admin", "demo")
          .postJson(url("/engine-rest/job/" + job.getId() + "/execute"), Map.of());
      // the engine REST answers a job's own failure with 404 and its message
      assertThat(byAdmin.status()).as("admin: %s", byAdmin).isEqualTo(404);
      assertThat(byAdmin.json().path("message").asText()).contains("noSuchBeanAnywhere");
      assertThat(retries(job)).as("after the admin's execution").isEqualTo(3);
      assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getDuedate().toInstant())
          .as("tried again a minute later").isEqualTo(T0.plus(Duration.ofMinutes(1)));

      // as the engine runs a due job (the tests' stand-in for the job executor)
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
      assertThat(retries(job)).isEqualTo(2);
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
      assertThat(retries(job)).isEqualTo(1);
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
      assertThat(retries(job)).isZero();
      assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getExceptionMessage())
          .contains("noSuchBeanAnywhere");
      assertThat(runtimeService.createIncidentQuery().configuration(job.getId()).singleResult().getIncidentType())
          .isEqualTo("failedJob");
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  private int retries(Job job) {
    return managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}

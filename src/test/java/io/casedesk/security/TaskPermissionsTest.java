package io.casedesk.security;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CasedeskTest;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@CasedeskTest
class TaskPermissionsTest {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  Task task;

  @BeforeEach
  void engineerTask() {
    repositoryService.createDeployment().name("test-fixture").enableDuplicateFiltering(true)
        .addClasspathResource("fixtures/tasks/engineer-task.bpmn").deploy();
    String instanceId = runtimeService.startProcessInstanceByKey("engineer-task").getId();
    task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
  }

  @Test
  void auditorMayReadButNotCompleteATask() {
    var read = as(http, "auditor1").getForEntity("/engine-rest/task/" + task.getId(), String.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);

    var complete = as(http, "auditor1")
        .postForEntity("/engine-rest/task/" + task.getId() + "/complete", Map.of(), String.class);
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  @Test
  void candidateEngineerCompletesTheTask() {
    var complete = as(http, "engineer1")
        .postForEntity("/engine-rest/task/" + task.getId() + "/complete", Map.of(), String.class);
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  @Test
  void otherAgentsDoNotSeeTheEngineersTask() {
    // the engine filters what a user may not read: the task does not exist for them
    var read = as(http, "hotline1").getForEntity("/engine-rest/task/" + task.getId(), String.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    var complete = as(http, "hotline1")
        .postForEntity("/engine-rest/task/" + task.getId() + "/complete", Map.of(), String.class);
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}

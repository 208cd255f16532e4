package io.casedesk.security;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CasedeskTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may see and work a task: the groups that read every case read every task; only a task's candidates and
 * assignee work it; customers and analysts see none. The engine's per-task authorizations grant TASK_WORK only.
 */
@CasedeskTest
class TaskPermissionsTest {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @Autowired TaskAuthorizations taskAuthorizations;
  @Autowired JdbcTemplate jdbc;

  Task task;

  @BeforeEach
  void engineerTask() {
    repositoryService.createDeployment().name("test-fixture").enableDuplicateFiltering(true)
        .addClasspathResource("fixtures/tasks/engineer-task.bpmn").deploy();
    String instanceId = runtimeService.startProcessInstanceByKey("engineer-task").getId();
    task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
  }

  @Test
  void candidateEngineerFindsClaimsFillsAndCompletesTheTask() {
    assertThat(engineersQueue("engineer1")).contains(task.getId());
    assertThat(get("engineer1", "/form-variables")).isEqualTo(HttpStatus.OK);

    assertThat(post("engineer1", "/claim", Map.of("userId", "engineer1"))).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("engineer1");
    assertThat(as(http, "engineer1").getForEntity("/engine-rest/task/" + task.getId(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // variables reach a task only through its form (TASK_WORK, not UPDATE)
    assertThat(post("engineer1", "/variables", Map.of("modifications", Map.of("x", Map.of("value", 1)))))
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(post("engineer1", "/complete", Map.of())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  @Test
  void staffOutsideTheCandidateGroupSeeTheTaskButDoNotWorkIt() {
    for (String reader : List.of("hotline1", "sales1", "rmadesk1", "supervisor1")) {
      assertThat(as(http, reader).getForEntity("/engine-rest/task/" + task.getId(), String.class).getStatusCode())
          .as(reader + " reads the task, as they read its case").isEqualTo(HttpStatus.OK);
      assertThat(engineersQueue(reader)).as(reader).contains(task.getId());
      assertThat(post(reader, "/claim", Map.of("userId", reader))).as(reader).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(post(reader, "/complete", Map.of())).as(reader).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(taskService.createTaskQuery().taskId(task.getId()).taskUnassigned().count()).isOne();
  }

  @Test
  void auditorMayReadButNotWorkATask() {
    var read = as(http, "auditor1").getForEntity("/engine-rest/task/" + task.getId(), String.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(engineersQueue("auditor1")).contains(task.getId());

    assertThat(post("auditor1", "/claim", Map.of("userId", "auditor1"))).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("auditor1", "/complete", Map.of())).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).taskUnassigned().count()).isOne();
  }

  @Test
  void customersAndAnalystsSeeNoTask() {
    // neither reads a task (README "Security model"): refused before the engine runs
    for (String outsider : List.of("customer1", "analyst1")) {
      assertThat(as(http, outsider).getForEntity("/engine-rest/task/" + task.getId(), String.class).getStatusCode())
          .as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(post(outsider, "/claim", Map.of("userId", outsider))).as(outsider)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(post(outsider, "/complete", Map.of())).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
    }
    // analysts may count tasks, as Cockpit does: the engine filters what they may not read, so they count none
    assertThat(as(http, "analyst1").postForObject("/engine-rest/task/count", Map.of(), Map.class).get("count"))
        .isEqualTo(0);
  }

  @Test
  void perTaskAuthorizationsGrantWorkButNotRead() {
    taskService.claim(task.getId(), "engineer1");
    List<Authorization> perTask = authorizationService.createAuthorizationQuery()
        .resourceType(Resources.TASK).resourceId(task.getId()).list();
    assertThat(perTask).extracting(a -> a.getGroupId() != null ? a.getGroupId() : a.getUserId())
        .containsExactlyInAnyOrder("engineers", "engineer1");
    for (Authorization authorization : perTask) {
      assertThat(authorization.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
      assertThat(authorization.isPermissionGranted(Permissions.READ)).isFalse();
      assertThat(authorization.isPermissionGranted(Permissions.UPDATE)).isFalse();
    }
  }

  @Test
  void startUpStripsReadFromTheDefaultAuthorizationsOfEarlierVersions() {
    // as Camunda's default provider made them: READ + TASK_WORK for the candidate group
    Authorization old = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).groupIdIn("engineers").singleResult();
    old.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(old);
    // granted by hand: READ for the sales group, ALL for a user; both stay
    Authorization byHand = grant(null, "sales", Permissions.READ);
    Authorization user = grant("hotline1", null, Permissions.ALL);

    assertThat(taskAuthorizations.stripDefaultReads(CasedeskGroups.CASE_READERS)).isEqualTo(1);

    assertThat(permissions(old)).isEqualTo(Permissions.TASK_WORK.getValue());
    assertThat(permissions(byHand)).isEqualTo(Permissions.READ.getValue());
    assertThat(permissions(user)).isEqualTo(Permissions.ALL.getValue());
    assertThat(taskAuthorizations.stripDefaultReads(CasedeskGroups.CASE_READERS)).as("idempotent").isZero();
    assertThat(post("engineer1", "/complete", Map.of())).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void theTaskQuerysAuthorizationJoinHasItsIndexAndStatistics() {
    assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_indexes WHERE indexname = 'casedesk_auth_read_idx'",
        Integer.class)).isOne();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_statistic_ext WHERE stxname = 'casedesk_auth_read_stats'",
        Integer.class)).isOne();
  }

  private Authorization grant(String userId, String groupId, Permissions permission) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setUserId(userId);
    authorization.setGroupId(groupId);
    authorization.setResource(Resources.TASK);
    authorization.setResourceId(task.getId());
    authorization.addPermission(permission);
    return authorizationService.saveAuthorization(authorization);
  }

  private int permissions(Authorization authorization) {
    return ((AuthorizationEntity) authorizationService.createAuthorizationQuery()
        .authorizationId(authorization.getId()).singleResult()).getPermissions();
  }

  /** Tasklist's query of the engineers' queue (newest first, a page), as the engine REST answers it to this user. */
  @SuppressWarnings("unchecked")
  private List<String> engineersQueue(String userId) {
    List<Map<String, Object>> tasks = as(http, userId).postForObject("/engine-rest/task?firstResult=0&maxResults=15",
        Map.of("candidateGroups", List.of("engineers"), "processInstanceId", task.getProcessInstanceId(),
            "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))), List.class);
    return tasks.stream().map(t -> (String) t.get("id")).toList();
  }

  private HttpStatus get(String userId, String path) {
    var response = as(http, userId).getForEntity("/engine-rest/task/" + task.getId() + path, String.class);
    return HttpStatus.valueOf(response.getStatusCode().value());
  }

  private HttpStatus post(String userId, String path, Object body) {
    var response = as(http, userId).postForEntity("/engine-rest/task/" + task.getId() + path, body, String.class);
    return HttpStatus.valueOf(response.getStatusCode().value());
  }
}

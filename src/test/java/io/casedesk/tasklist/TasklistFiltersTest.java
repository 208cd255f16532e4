package io.casedesk.tasklist;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseTestSupport;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Each group finds its Tasklist filters, and they list the right tasks for the right users (engine REST). */
class TasklistFiltersTest extends CaseTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired FilterService filterService;
  @Autowired TasklistFilters bootstrap;

  @Test
  void eachGroupSeesItsOwnFilters() {
    assertThat(filterNames("engineer1")).containsExactlyInAnyOrder("My queue: operational problems",
        "My queue: compatibility", "My queue: general questions", "Escalated to me", "Due in the next hour",
        "My tasks", "Problems");
    assertThat(filterNames("hotline1")).containsExactlyInAnyOrder("Calls to make", "Due in the next hour", "My tasks");
    assertThat(filterNames("supervisor1")).containsExactlyInAnyOrder("Decisions", "Articles to review",
        "Escalated to supervisors", "Due in the next hour", "My tasks", "Problems");
    assertThat(filterNames("manager1")).containsExactlyInAnyOrder("Duty-manager call-backs",
        "Escalated to general managers", "Due in the next hour", "My tasks");
    assertThat(filterNames("rmadesk1")).containsExactlyInAnyOrder("RMA desk", "Due in the next hour", "My tasks");
    assertThat(filterNames("sales1")).containsExactlyInAnyOrder("Cases without contract", "Due in the next hour",
        "My tasks");
    assertThat(filterNames("auditor1")).isEmpty();

    var foreign = as(http, "hotline1").getForEntity("/engine-rest/filter/" + filter("My queue: compatibility").getId(),
        String.class);
    assertThat(foreign.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  void filtersCarryWhatTasklistShows() {
    Filter queue = filter("My queue: operational problems");
    assertThat(queue.getProperties()).containsEntry("refresh", true).containsKeys("color", "description", "priority");
    assertThat(queue.getProperties().get("variables")).asList().hasSize(3);
  }

  @Test
  void startingAgainCreatesNoSecondFilter() {
    bootstrap.afterSingletonsInstantiated();
    assertThat(filterService.createFilterQuery().filterName("My tasks").count()).isOne();
  }

  @Test
  void queueFiltersListTheirQueuesWork() {
    String operational = open("high", "medium", "phone").caseNumber();
    String compatibility = open("high", "medium", "phone", "compatibility", "CT-DEMO-1").caseNumber();
    String operationalTask = task(operational, "work-case").getId();
    String compatibilityTask = task(compatibility, "work-case").getId();

    assertThat(list("engineer1", "My queue: operational problems")).contains(operationalTask)
        .doesNotContain(compatibilityTask);
    assertThat(list("engineer1", "My queue: compatibility")).contains(compatibilityTask).doesNotContain(operationalTask);

    taskService.claim(operationalTask, "engineer1");
    assertThat(list("engineer1", "My queue: operational problems")).as("claimed work stays in the queue")
        .contains(operationalTask);
    assertThat(list("engineer1", "My tasks")).contains(operationalTask).doesNotContain(compatibilityTask);
    assertThat(list("supervisor1", "Decisions")).doesNotContain(operationalTask);
  }

  @Test
  void problemTasksAreInTheProblemsFilterOfTheGroupThatWorksThem() {
    String n = open("medium", "medium", "phone").caseNumber();
    var opened = as(http, "supervisor1").postForEntity("/api/problems", Map.of("title", "Packet loss after 4.2",
        "description", "Several cases", "caseNumbers", List.of(n)), JsonNode.class);
    String problem = opened.getBody().path("problemNumber").asText();
    String rootCause = taskService.createTaskQuery().processInstanceBusinessKey(problem).singleResult().getId();

    assertThat(list("engineer1", "Problems")).contains(rootCause);
    assertThat(list("supervisor1", "Problems")).as("the engineers' step").doesNotContain(rootCause);
    assertThat(list("engineer1", "My queue: operational problems")).doesNotContain(rootCause);
  }

  @Test
  void escalatedAndDueSoonWorkShowsUp() {
    String n = open("high", "medium", "phone").caseNumber(); // P2, gold: first response in 30 min, resolution 8 hours
    String taskId = task(n, "work-case").getId();
    assertThat(list("engineer1", "Escalated to me")).doesNotContain(taskId);
    assertThat(list("engineer1", "Due in the next hour")).as("the first response is due in 30 minutes")
        .contains(taskId);
    claim("engineer1", taskId);
    assertThat(list("engineer1", "Due in the next hour")).as("responded; the resolution is 8 hours away")
        .doesNotContain(taskId);

    advanceBy(n, Duration.ofMinutes(61)); // P2 escalates to the engineers after 1 hour
    assertThat(list("engineer1", "Escalated to me")).contains(taskId);
    assertThat(list("supervisor1", "Escalated to supervisors")).doesNotContain(taskId);
    assertThat(list("hotline1", "Due in the next hour")).doesNotContain(taskId);

    advanceBy(n, Duration.ofMinutes(60)); // to the supervisors after 2 hours
    assertThat(list("supervisor1", "Escalated to supervisors")).contains(taskId);
    assertThat(list("manager1", "Escalated to general managers")).doesNotContain(taskId);

    advanceBy(n, Duration.ofHours(5).plusMinutes(30)); // 7.5 hours in: the resolution is due in 30 minutes
    assertThat(list("engineer1", "Due in the next hour")).contains(taskId);
    assertThat(list("manager1", "Escalated to general managers")).contains(taskId);
  }

  @Test
  void dueInTheNextHourCountsTheFirstResponseThatComesFirst() {
    long before = count("engineer1", "Due in the next hour");
    String n = open("high", "high", "phone").caseNumber(); // P1, gold: first response in 15 min, resolution in 4 hours
    Task work = task(n, "work-case");

    assertThat(work.getDueDate().toInstant()).isEqualTo(view(n).sla().firstResponseDue())
        .isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(count("engineer1", "Due in the next hour")).isEqualTo(before + 1);
    assertThat(list("engineer1", "Due in the next hour")).contains(work.getId());
    assertThat(authenticatedAs("engineer1", () -> filterService.count(filter("Due in the next hour").getId())))
        .as("the same through the Java API with the agent's authentication").isEqualTo(before + 1);

    claim("engineer1", work.getId()); // the first claim is the first response

    assertThat(task(n, "work-case").getDueDate().toInstant()).isEqualTo(view(n).sla().resolutionDue())
        .isEqualTo(T0.plus(Duration.ofHours(4)));
    assertThat(count("engineer1", "Due in the next hour")).isEqualTo(before);
    assertThat(list("engineer1", "My tasks")).contains(work.getId());
  }

  @Test
  void theWorkTaskFollowsTheSlaWhenThePriorityChangesAndWhenTheClockPauses() {
    // web cases P2 (gold): the hotline calls to confirm the priority while the engineers work
    String unclaimed = open("high", "medium", "web").caseNumber();
    String claimed = open("high", "medium", "web").caseNumber();
    claim("engineer1", task(claimed, "work-case").getId());
    assertThat(task(unclaimed, "work-case").getDueDate().toInstant()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
    assertThat(task(claimed, "work-case").getDueDate().toInstant()).isEqualTo(T0.plus(Duration.ofHours(8)));

    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofMinutes(5))));
    complete(unclaimed, "confirm-priority", Map.of("confirmedPriority", "P1", "confirmationNote", "All sites down"));
    complete(claimed, "confirm-priority", Map.of("confirmedPriority", "P1", "confirmationNote", "All sites down"));

    assertThat(task(unclaimed, "work-case").getDueDate().toInstant()).as("P1: first response within 15 minutes")
        .isEqualTo(view(unclaimed).sla().firstResponseDue()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(task(claimed, "work-case").getDueDate().toInstant()).as("P1: resolution within 4 hours")
        .isEqualTo(view(claimed).sla().resolutionDue()).isEqualTo(T0.plus(Duration.ofHours(4)));

    // the engineer asks the customer at 1 h; the answer comes at 3 h: the clock stood still for 2 hours
    advanceTo(claimed, T0.plus(Duration.ofHours(1)));
    work(claimed, "engineer1", "request-info", "Which firmware runs on the core router?");
    advanceTo(claimed, T0.plus(Duration.ofHours(3)));
    cases.postMessage(claimed, "Firmware 4.2", CUSTOMER);
    assertThat(task(claimed, "work-case").getDueDate().toInstant()).as("resolution moved by the 2 hours of waiting")
        .isEqualTo(view(claimed).sla().resolutionDue()).isEqualTo(T0.plus(Duration.ofHours(6)));
  }

  @Test
  void hotlineCallsAndSalesFollowUps() {
    String web = open("high", "high", "web").caseNumber();
    String noContract = open("low", "low", "phone", "general-question", "CT-NONE").caseNumber();

    assertThat(list("hotline1", "Calls to make")).contains(task(web, "confirm-priority").getId());
    assertThat(list("sales1", "Cases without contract")).contains(task(noContract, "sales-follow-up").getId());
    assertThat(list("hotline1", "Calls to make")).doesNotContain(task(noContract, "sales-follow-up").getId());
  }

  private void claim(String user, String taskId) {
    assertThat(as(http, user).postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private long count(String user, String filterName) {
    var response = as(http, user).getForEntity("/engine-rest/filter/" + filter(filterName).getId() + "/count",
        JsonNode.class);
    assertThat(response.getStatusCode()).as(user + " counts " + filterName).isEqualTo(HttpStatus.OK);
    return response.getBody().path("count").asLong();
  }

  private <T> T authenticatedAs(String user, Supplier<T> call) {
    engine.getIdentityService().setAuthentication(user, List.of("engineers"));
    try {
      return call.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Filter filter(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult();
  }

  private Set<String> filterNames(String user) {
    JsonNode filters = as(http, user).getForEntity("/engine-rest/filter?resourceType=Task", JsonNode.class).getBody();
    return Set.copyOf(StreamSupport.stream(filters.spliterator(), false).map(f -> f.path("name").asText()).toList());
  }

  private List<String> list(String user, String filterName) {
    var response = as(http, user).postForEntity("/engine-rest/filter/" + filter(filterName).getId()
        + "/list?maxResults=500", Map.of(), JsonNode.class);
    assertThat(response.getStatusCode()).as(user + " lists " + filterName).isEqualTo(HttpStatus.OK);
    return StreamSupport.stream(response.getBody().spliterator(), false).map(t -> t.path("id").asText()).toList();
  }
}

package io.casedesk.tasklist;

import static io.casedesk.security.CasedeskGroups.ENGINEERS;
import static io.casedesk.security.CasedeskGroups.HOTLINE;
import static io.casedesk.security.CasedeskGroups.MANAGERS;
import static io.casedesk.security.CasedeskGroups.RMA_DESK;
import static io.casedesk.security.CasedeskGroups.SALES;
import static io.casedesk.security.CasedeskGroups.SUPERVISORS;

import io.casedesk.security.CasedeskGroups;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters each group finds on its first login, created at start-up. A filter is created only when
 * no filter of its name exists, so an administrator's changes to it survive restarts; the READ grants of its
 * groups are (re)added every start. A filter lists only the tasks its user may see anyway.
 */
@Component
public class TasklistFilters implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

  private static final String MY_GROUPS = "${currentUserGroups()}";
  private static final String ME = "${currentUser()}";

  /** Columns Tasklist shows for each task of a filter. */
  private static final List<Map<String, String>> CASE_COLUMNS = List.of(
      Map.of("name", "caseNumber", "label", "Case"),
      Map.of("name", "priority", "label", "Priority"),
      Map.of("name", "subject", "label", "Subject"));

  /**
   * @param priority Tasklist lists filters by this number, lowest first
   * @param query adds the filter's criteria to an empty task query
   */
  public record Definition(String name, String description, String color, int priority, List<String> groups,
      UnaryOperator<TaskQuery> query, List<Map<String, String>> columns) {

    /** A filter of case work: its tasks show the case's number, priority and subject. */
    public Definition(String name, String description, String color, int priority, List<String> groups,
        UnaryOperator<TaskQuery> query) {
      this(name, description, color, priority, groups, query, CASE_COLUMNS);
    }
  }

  /** Columns of a problem's tasks (problem-management.bpmn keeps its title as {@code subject}). */
  private static final List<Map<String, String>> PROBLEM_COLUMNS = List.of(
      Map.of("name", "problemNumber", "label", "Problem"),
      Map.of("name", "subject", "label", "Title"));

  public static final List<Definition> ALL = List.of(
      queue("operational problems", "operational-problems", 10),
      queue("compatibility", "compatibility", 11),
      queue("general questions", "general-questions", 12),
      new Definition("Escalated to me", "Tasks of cases escalated at least once (SLA at risk), in your groups or yours",
          "#d9534f", 5, List.of(ENGINEERS),
          q -> mineOrMyGroups(q.processVariableValueGreaterThan("escalationLevel", 0))),
      // the escalation ladder's levels 2 and 3 notify these groups; they read every task
      new Definition("Escalated to supervisors", "Work on cases escalated to the supervisors (level 2 or higher)",
          "#d9534f", 5, List.of(SUPERVISORS), q -> q.processVariableValueGreaterThanOrEquals("escalationLevel", 2)),
      new Definition("Escalated to general managers", "Work on cases escalated to the general managers (level 3)",
          "#d9534f", 5, List.of(MANAGERS), q -> q.processVariableValueGreaterThanOrEquals("escalationLevel", 3)),
      new Definition("Due in the next hour", "Tasks in your groups or yours due within the hour, or overdue",
          "#f0ad4e", 6, CasedeskGroups.AGENTS,
          q -> mineOrMyGroups(q.dueBeforeExpression("${dateTime().plusHours(1)}"))),
      new Definition("My tasks", "Tasks you have claimed or were given", "#337ab7", 1, CasedeskGroups.AGENTS,
          q -> q.taskAssigneeExpression(ME)),
      group("Calls to make", "Customers to phone: confirm the priority of urgent cases opened on the web or by e-mail",
          HOTLINE, 20),
      group("Decisions", "Engineers' requests for on-site support or another engineer", SUPERVISORS, 20),
      new Definition("Articles to review", "Knowledge articles engineers proposed: publish, send back or reject",
          "#5bc0de", 21, List.of(SUPERVISORS),
          q -> q.taskCandidateGroup(SUPERVISORS).includeAssignedTasks().taskDefinitionKey("review-article")),
      new Definition("Duty-manager call-backs", "Customers who asked for the duty manager: call back within 30 minutes"
          + " with an action plan", "#d9534f", 20, List.of(MANAGERS),
          q -> q.taskCandidateGroup(MANAGERS).includeAssignedTasks().taskDefinitionKey("call-back-customer")),
      group("RMA desk", "Spare-part returns and replacements (RMA) to handle", RMA_DESK, 20),
      group("Cases without contract", "Cases that arrived without a valid support contract: follow up with the customer",
          SALES, 20),
      // problem management (io.casedesk.problems): root cause, workaround and fix for engineers, closure for supervisors
      new Definition("Problems", "Problems behind several cases: find the root cause, document the workaround, fix,"
          + " close", "#6a4fc9", 15, List.of(ENGINEERS, SUPERVISORS),
          q -> mineOrMyGroups(q.processDefinitionKey("problem-management")), PROBLEM_COLUMNS),
      new Definition("Plans to review", "Change plans given to you for expert review", "#5cb85c", 1,
          List.of(CasedeskGroups.EXPERTS), q -> q.taskAssigneeExpression(ME)));

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  public TasklistFilters(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (Definition definition : ALL) {
      Filter filter = filterService.createFilterQuery().filterName(definition.name()).list().stream().findFirst()
          .orElseGet(() -> create(definition));
      definition.groups().forEach(group -> grantRead(group, filter.getId()));
    }
  }

  private Filter create(Definition definition) {
    TaskQuery query = definition.query().apply(taskService.createTaskQuery())
        .orderByTaskPriority().desc()
        .orderByDueDate().asc();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", definition.description());
    properties.put("color", definition.color());
    properties.put("priority", definition.priority());
    properties.put("refresh", true);
    properties.put("variables", definition.columns());
    Filter filter = filterService.newTaskFilter(definition.name()).setQuery(query).setProperties(properties);
    filterService.saveFilter(filter);
    log.info("Created Tasklist filter '{}' for {}", definition.name(), definition.groups());
    return filter;
  }

  private void grantRead(String groupId, String filterId) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(Resources.FILTER).resourceId(filterId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
    if (existing != null && existing.isPermissionGranted(Permissions.READ)) {
      return;
    }
    Authorization grant = existing != null ? existing
        : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(Resources.FILTER);
    grant.setResourceId(filterId);
    grant.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(grant);
  }

  private static Definition queue(String label, String queue, int priority) {
    return new Definition("My queue: " + label, "Work of the " + label + " queue, most urgent first", "#5cb85c",
        priority, List.of(ENGINEERS),
        q -> q.taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks().processVariableValueEquals("queue", queue));
  }

  private static Definition group(String name, String description, String group, int priority) {
    return new Definition(name, description, "#5bc0de", priority, List.of(group),
        q -> q.taskCandidateGroup(group).includeAssignedTasks());
  }

  private static TaskQuery mineOrMyGroups(TaskQuery query) {
    return query.or()
        .taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks()
        .taskAssigneeExpression(ME)
        .endOr();
  }
}

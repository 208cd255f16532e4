package io.casedesk.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK_VARIABLE;
import static org.camunda.bpm.engine.authorization.Permissions.TASK_ASSIGN;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static io.casedesk.security.CasedeskGroups.ANALYSTS;
import static io.casedesk.security.CasedeskGroups.AUDITORS;
import static io.casedesk.security.CasedeskGroups.ENGINEERS;
import static io.casedesk.security.CasedeskGroups.HOTLINE;
import static io.casedesk.security.CasedeskGroups.MANAGERS;
import static io.casedesk.security.CasedeskGroups.RMA_DESK;
import static io.casedesk.security.CasedeskGroups.SUPERVISORS;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;

/**
 * The engine permissions each group is granted at start-up. Reading tasks is granted per group on every process
 * definition (READ_TASK), to the groups that read every case anyway; working a task (TASK_WORK: claim, complete)
 * is not listed here: the engine grants it on each task to its candidate groups, candidate users and assignee,
 * without READ ({@link WorkOnlyTaskAuthorizationProvider} says why).
 */
final class GroupPermissions {

  record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {}

  static List<Grant> all() {
    List<Grant> grants = new ArrayList<>();
    for (String agentGroup : CasedeskGroups.AGENTS) {
      grants.add(new Grant(agentGroup, APPLICATION, "tasklist", ACCESS));
      grants.add(new Grant(agentGroup, PROCESS_DEFINITION, "*", READ));
      grants.add(new Grant(agentGroup, DECISION_DEFINITION, "*", READ));
    }
    grants.add(new Grant(HOTLINE, PROCESS_DEFINITION, "case-handling", READ, CREATE_INSTANCE));
    grants.add(new Grant(HOTLINE, PROCESS_INSTANCE, "*", CREATE));

    for (String lead : List.of(SUPERVISORS, MANAGERS)) {
      grants.add(new Grant(lead, APPLICATION, "cockpit", ACCESS));
      grants.add(new Grant(lead, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY));
      grants.add(new Grant(lead, PROCESS_INSTANCE, "*", READ));
      grants.add(new Grant(lead, TASK, "*", READ, TASK_ASSIGN));
    }
    grants.add(new Grant(RMA_DESK, PROCESS_DEFINITION, "rma", READ, CREATE_INSTANCE));

    // Whoever reads every case reads every task of every process, with its variables (READ_TASK_VARIABLE counts
    // only with enforceSpecificVariablePermission): one row per group that Tasklist's task query joins, instead
    // of one per task. Customers and analysts get none, so they see no task.
    for (String reader : CasedeskGroups.CASE_READERS) {
      grants.add(new Grant(reader, PROCESS_DEFINITION, "*", READ_TASK, READ_TASK_VARIABLE));
    }

    // Auditors read everything and change nothing.
    grants.add(new Grant(AUDITORS, APPLICATION, "cockpit", ACCESS));
    grants.add(new Grant(AUDITORS, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(AUDITORS, PROCESS_INSTANCE, "*", READ));
    grants.add(new Grant(AUDITORS, TASK, "*", READ));
    grants.add(new Grant(AUDITORS, DECISION_DEFINITION, "*", READ, READ_HISTORY));
    grants.add(new Grant(AUDITORS, DECISION_REQUIREMENTS_DEFINITION, "*", READ));
    grants.add(new Grant(AUDITORS, DEPLOYMENT, "*", READ));
    grants.add(new Grant(AUDITORS, OPERATION_LOG_CATEGORY, "*", UserOperationLogCategoryPermissions.READ));

    // Analysts deploy diagrams from Camunda Modeler and check their work in Cockpit, read-only: the instances of
    // every process with their variables (case data, as auditors read it), jobs and incidents (READ on the
    // instance, READ_INSTANCE on the definition), history, and a decision's evaluation (CREATE_INSTANCE on a
    // decision definition is what POST /decision-definition/.../evaluate asks). Nothing that changes an instance:
    // no UPDATE, DELETE, SUSPEND, RETRY_JOB, no task (they read none), no operation log.
    grants.add(new Grant(ANALYSTS, APPLICATION, "cockpit", ACCESS));
    grants.add(new Grant(ANALYSTS, DEPLOYMENT, "*", READ, CREATE));
    grants.add(new Grant(ANALYSTS, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(ANALYSTS, PROCESS_INSTANCE, "*", READ));
    grants.add(new Grant(ANALYSTS, DECISION_DEFINITION, "*", READ, READ_HISTORY, CREATE_INSTANCE));
    grants.add(new Grant(ANALYSTS, DECISION_REQUIREMENTS_DEFINITION, "*", READ));

    // Complaints: the hotline logs complaints received by phone, letter or in person from Tasklist's start form.
    // The departments' tasks need no grant: each candidate group may work the tasks it is a candidate for.
    grants.add(new Grant(HOTLINE, PROCESS_DEFINITION, "complaint", READ, CREATE_INSTANCE));

    // Change requests: the experts review the plans in Tasklist. They read the change process's tasks (their own
    // reviews, and the plans under way), no case, no other process.
    grants.add(new Grant(CasedeskGroups.EXPERTS, APPLICATION, "tasklist", ACCESS));
    grants.add(new Grant(CasedeskGroups.EXPERTS, PROCESS_DEFINITION, "change-request", READ, READ_TASK,
        READ_TASK_VARIABLE));

    // Tasklist filters: io.casedesk.tasklist.TasklistFilters grants each group READ on its own filters;
    // agents may also save filters of their own (the engine makes them the owner).
    // Agents read every case (as the case API lets them), so Tasklist lists show a task's case number, priority
    // and subject (process variables).
    for (String agentGroup : CasedeskGroups.AGENTS) {
      grants.add(new Grant(agentGroup, FILTER, "*", CREATE));
      grants.add(new Grant(agentGroup, PROCESS_DEFINITION, "case-handling", READ_INSTANCE));
    }
    // The engineers work the problems' tasks (io.casedesk.problems): their filter "Problems" shows each task's problem
    // number and title (process variables); supervisors and managers read every instance already.
    grants.add(new Grant(ENGINEERS, PROCESS_DEFINITION, "problem-management", READ_INSTANCE));
    return grants;
  }

  private GroupPermissions() {}
}

package io.casedesk.security;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;

/**
 * Camunda's default authorizations, except that the authorization the engine creates on a task for its assignee,
 * owner, candidate users and candidate groups grants only the right to work the task (the configured
 * {@code defaultUserPermissionNameForTask}, TASK_WORK: claim, complete, submit its form), not READ.
 *
 * <p>Why: the default provider writes one authorization row per task and candidate group with READ in it, and
 * every task query (Tasklist's lists and counts) joins the reader's authorizations that carry READ with
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}. PostgreSQL can run that only as a nested loop over tasks x
 * authorizations, so a group's task list grew with the square of its open tasks (0.9 s p95 at 3,000 open cases,
 * docs/benchmarks.md). Reading is granted once per group instead, at process-definition level: every group that
 * reads every case ({@link CasedeskGroups#CASE_READERS}) gets READ_TASK on every process definition
 * ({@link GroupPermissions}), so the query's READ join meets a handful of rows however many tasks are open.
 * Nobody reads more than before: those groups read every case, with its variables, already.
 *
 * <p>What the engine checks (Camunda 7.24, {@code AuthorizationCommandChecker}): claim, complete and submitting a
 * task form need TASK_WORK or UPDATE on the task, or TASK_WORK or UPDATE_TASK on its process definition; reading
 * the task, its form and its variables needs READ on the task or READ_TASK on the definition (READ_VARIABLE /
 * READ_TASK_VARIABLE instead with {@code enforceSpecificVariablePermission}); setting variables needs UPDATE(_VARIABLE)
 * or UPDATE_TASK(_VARIABLE), which no candidate gets. A candidate outside the reader groups could therefore work a
 * task but not find it: every candidate group and assignee in Casedesk's diagrams is an agent, and a new candidate
 * group needs READ_TASK on its definitions.
 *
 * <p>An existing authorization keeps the permissions it has; only what the engine adds changes. Rows made by the
 * default provider before are stripped of READ at start-up ({@link TaskAuthorizations}).
 */
public class WorkOnlyTaskAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  protected Permission[] getRuntimePermissions(boolean enforceSpecificVariablePermission) {
    return new Permission[] {getDefaultUserPermissionForTask()};
  }
}

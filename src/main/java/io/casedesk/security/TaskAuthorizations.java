package io.casedesk.security;

import java.util.Collection;
import java.util.Collections;
import javax.sql.DataSource;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes the engine create work-only authorizations on tasks ({@link WorkOnlyTaskAuthorizationProvider}), and
 * strips READ from the per-task authorizations of the reader groups that an earlier version (Camunda's default
 * provider) created.
 *
 * <p>Those rows read nothing the group cannot read through its READ_TASK on every process definition, but each
 * one still joins the group's task queries, so an upgraded database would stay slow until its old tasks are done.
 * Only rows exactly as the default provider made them change (READ plus the default task permission, optionally
 * READ_VARIABLE, for one of {@link CasedeskGroups#CASE_READERS} on one task): an authorization an administrator
 * gave by hand, a user's, or one on every task ({@code *}) is left alone. Run by {@link IdentityBootstrap} after
 * the definition-level grants exist, under the start-up lock, at every start: a node of the earlier version still
 * running during a rolling upgrade may have added more. REV_ is raised as the engine does, so a command that read
 * such a row meanwhile fails on its optimistic lock instead of writing READ back.
 */
@Component
public class TaskAuthorizations extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(TaskAuthorizations.class);

  private final JdbcTemplate jdbc;
  private volatile Permission defaultTaskPermission = Permissions.TASK_WORK;

  public TaskAuthorizations(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new WorkOnlyTaskAuthorizationProvider());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    defaultTaskPermission = configuration.getDefaultUserPermissionForTask();
  }

  /** Removes READ (and READ_VARIABLE) from the default per-task authorizations of these groups; returns how many. */
  int stripDefaultReads(Collection<String> groups) {
    if (groups.isEmpty()) {
      return 0;
    }
    int work = defaultTaskPermission.getValue();
    int read = Permissions.READ.getValue();
    int readVariable = TaskPermissions.READ_VARIABLE.getValue();
    String placeholders = String.join(", ", Collections.nCopies(groups.size(), "?"));
    Object[] args = new Object[4 + groups.size()];
    args[0] = work;
    args[1] = Resources.TASK.resourceType();
    args[2] = read | work;
    args[3] = read | work | readVariable;
    System.arraycopy(groups.toArray(), 0, args, 4, groups.size());
    int stripped = jdbc.update("UPDATE ACT_RU_AUTHORIZATION SET PERMS_ = ?, REV_ = REV_ + 1"
        + " WHERE TYPE_ = 1 AND RESOURCE_TYPE_ = ? AND RESOURCE_ID_ <> '*' AND PERMS_ IN (?, ?)"
        + " AND USER_ID_ IS NULL AND GROUP_ID_ IN (" + placeholders + ")", args);
    if (stripped > 0) {
      log.info("Removed READ from {} per-task authorizations of the groups {}: they read every task through"
          + " READ_TASK on the process definitions", stripped, groups);
    }
    return stripped;
  }
}

package io.casedesk.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the authorization join of every task query needs on PostgreSQL once per-task authorizations no longer grant
 * READ ({@link WorkOnlyTaskAuthorizationProvider}).
 *
 * <p>The join reads the user's authorizations that grant READ on tasks or READ_TASK on definitions:
 * {@code (USER_ID_ IN (?, '*') OR GROUP_ID_ IN (...)) AND (RESOURCE_TYPE_ = 7 AND PERMS_ & 2 = 2 OR
 * RESOURCE_TYPE_ = 6 AND PERMS_ & 64 = 64)}. No index answers a bit test, so PostgreSQL read the whole table,
 * one work-only row per open task and candidate group included (40 ms at 100,000 tasks). The partial index holds
 * only the rows that are not task authorizations without READ, a few hundred however many tasks are open, and the
 * planner proves the query's condition implies it. The statistics on the bit tests tell the planner how few rows
 * pass, so it no longer expects hundreds of matches per task (a cost that also switched on JIT compilation for the
 * task count). Both are created once the engine has its tables, under the start-up lock; H2 has neither.
 * docs/benchmarks.md has the figures.
 */
@Component
public class TaskReadIndex extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(TaskReadIndex.class);

  private final DataSource dataSource;

  public TaskReadIndex(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        return;
      }
      statement.execute("CREATE INDEX IF NOT EXISTS CASEDESK_AUTH_READ_IDX ON ACT_RU_AUTHORIZATION (GROUP_ID_, USER_ID_)"
          + " WHERE RESOURCE_TYPE_ <> 7 OR (PERMS_ & 2) = 2");
      boolean hadStatistics;
      try (ResultSet rs = statement.executeQuery(
          "SELECT 1 FROM pg_statistic_ext WHERE stxname = 'casedesk_auth_read_stats'")) {
        hadStatistics = rs.next();
      }
      if (!hadStatistics) {
        // expressions in statistics need PostgreSQL 14; without them only the estimate stays as it was
        try {
          statement.execute("CREATE STATISTICS IF NOT EXISTS CASEDESK_AUTH_READ_STATS (mcv)"
              + " ON RESOURCE_TYPE_, (PERMS_ & 2), (PERMS_ & 64) FROM ACT_RU_AUTHORIZATION");
          statement.execute("ANALYZE ACT_RU_AUTHORIZATION");
        } catch (SQLException e) {
          log.warn("No statistics on the authorization table's permission bits ({}): PostgreSQL 14 or later has them",
              e.getMessage());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the task-read index on ACT_RU_AUTHORIZATION", e);
    }
  }
}

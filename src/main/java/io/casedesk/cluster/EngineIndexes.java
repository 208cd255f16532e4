package io.casedesk.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Indexes that the engine's own queries need at scale and Camunda's schema does not have. Created once the
 * engine has created or checked its tables (Flyway runs before the engine on an empty database, so it cannot),
 * under the {@link StartupLock}.
 *
 * <ul>
 *   <li>{@code ACT_RU_JOB (DUEDATE_)}: with {@code jobExecutorAcquireByDueDate} and {@code ensureJobDueDateNotNull}
 *       (application.yaml) every node asks "DUEDATE_ <= now ORDER BY DUEDATE_" at each acquisition; with this index
 *       that reads only the due jobs, without it every timer of every open case (three per case).
 *   <li>{@code ACT_RU_TASK (PARENT_TASK_ID_)}: whenever a task ends (completed, or cancelled by an interrupting
 *       event or a process end) the engine looks for its subtasks, {@code WHERE PARENT_TASK_ID_ = ?}; without
 *       the index that is a sequential scan of every open task (80 ms at 116,000 open tasks, docs/benchmarks.md).
 * </ul>
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  static final String JOB_DUE_DATE = "CREATE INDEX IF NOT EXISTS CASEDESK_JOB_DUEDATE_IDX ON ACT_RU_JOB (DUEDATE_)";
  static final String TASK_PARENT =
      "CREATE INDEX IF NOT EXISTS CASEDESK_TASK_PARENT_IDX ON ACT_RU_TASK (PARENT_TASK_ID_)";

  private final DataSource dataSource;

  public EngineIndexes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(JOB_DUE_DATE);
      statement.execute(TASK_PARENT);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the engine indexes", e);
    }
  }
}

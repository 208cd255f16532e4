package io.casedesk.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * The index that due-date-ordered job acquisition needs. With {@code jobExecutorAcquireByDueDate} and
 * {@code ensureJobDueDateNotNull} (application.yaml) every node asks "DUEDATE_ <= now ORDER BY DUEDATE_" at each
 * acquisition; with this index that reads only the due jobs, without it every timer of every open case (three per
 * case). Created once the engine has created or checked its tables (Flyway runs before the engine on an empty
 * database, so it cannot), under the {@link StartupLock}.
 */
@Component
public class JobDueDateIndex extends AbstractProcessEnginePlugin {

  private final DataSource dataSource;

  public JobDueDateIndex(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE INDEX IF NOT EXISTS CASEDESK_JOB_DUEDATE_IDX ON ACT_RU_JOB (DUEDATE_)");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the job due-date index", e);
    }
  }
}

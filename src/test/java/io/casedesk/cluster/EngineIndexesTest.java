package io.casedesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CasedeskTest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's own lookups that Camunda's schema leaves without an index can use Casedesk's. The test database
 * is small, so PostgreSQL would scan it anyway: sequential scans are switched off to ask whether an index can
 * answer the exact SQL the engine sends.
 */
@CasedeskTest
class EngineIndexesTest {

  @Autowired DataSource dataSource;

  @Test
  void theSubtaskLookupOfEveryEndingTaskReadsAnIndexNotEveryOpenTask() {
    // Task.xml, selectTasksByParentTaskId: run whenever a task is completed or cancelled
    assertThat(plan("select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'some-task'"))
        .anyMatch(line -> line.contains("casedesk_task_parent_idx"));
  }

  @Test
  void dueDateOrderedJobAcquisitionReadsOnlyTheDueJobs() {
    assertThat(plan("select * from ACT_RU_JOB where DUEDATE_ <= now() order by DUEDATE_ limit 8"))
        .anyMatch(line -> line.contains("casedesk_job_duedate_idx"));
  }

  private List<String> plan(String sql) {
    return new JdbcTemplate(dataSource).execute((ConnectionCallback<List<String>>) connection -> {
      List<String> lines = new ArrayList<>();
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET enable_seqscan = off");
        try (ResultSet rs = statement.executeQuery("EXPLAIN " + sql)) {
          while (rs.next()) {
            lines.add(rs.getString(1));
          }
        } finally {
          statement.execute("RESET enable_seqscan");
        }
      }
      return lines;
    });
  }
}

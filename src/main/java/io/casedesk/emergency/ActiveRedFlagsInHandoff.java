package io.casedesk.emergency;

import io.casedesk.shifts.HandoffReport;
import io.casedesk.shifts.HandoffReportContributor;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hand-off report lists every red flag not yet closed among the hot issues. */
@Component
public class ActiveRedFlagsInHandoff implements HandoffReportContributor {

  private final JdbcClient jdbc;

  public ActiveRedFlagsInHandoff(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public HandoffReport.Section section(Instant outgoingFrom, Instant turnoverAt) {
    List<String> items = jdbc.sql("""
        SELECT red_flag_number, case_number, status, criterion FROM red_flag
        WHERE status <> 'CLOSED' ORDER BY declared_at""")
        .query((rs, row) -> "%s (%s)%s: %s".formatted(rs.getString(1), rs.getString(3),
            rs.getString(2) == null ? "" : " on " + rs.getString(2), rs.getString(4)))
        .list();
    return new HandoffReport.Section("Active emergencies (red flags)", items);
  }
}

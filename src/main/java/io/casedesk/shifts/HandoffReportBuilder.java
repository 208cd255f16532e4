package io.casedesk.shifts;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseStatus;
import io.casedesk.cases.TaskPriorities;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the hand-off report of a turnover from the cases as they stand at that moment. */
@Component
public class HandoffReportBuilder {

  /** Cases not yet solved: a solution waiting for the customer's confirmation is no longer a hot issue. */
  static final Set<CaseStatus> OPEN = Set.of(CaseStatus.OPEN, CaseStatus.IN_PROGRESS,
      CaseStatus.WAITING_CUSTOMER, CaseStatus.RMA_PENDING);
  /** Cases someone must work on now. */
  static final Set<CaseStatus> ACTIVE = Set.of(CaseStatus.OPEN, CaseStatus.IN_PROGRESS);
  static final Set<CaseEventKind> ESCALATIONS = Set.of(CaseEventKind.ESCALATED,
      CaseEventKind.DUTY_MANAGER_REQUESTED, CaseEventKind.DUTY_MANAGER_OVERDUE);

  /** Most urgent first: by priority, then by next due time (none last), then by case number. */
  static final Comparator<HandoffReport.CaseLine> URGENCY =
      Comparator.comparing((HandoffReport.CaseLine c) -> c.priority() == null ? "P9" : c.priority())
          .thenComparing(HandoffReport.CaseLine::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(HandoffReport.CaseLine::caseNumber);

  private final JdbcClient jdbc;
  private final List<HandoffReportContributor> contributors;

  public HandoffReportBuilder(JdbcClient jdbc, List<HandoffReportContributor> contributors) {
    this.jdbc = jdbc;
    this.contributors = List.copyOf(contributors);
  }

  public HandoffReport build(ShiftSchedule.Duty outgoing, ShiftSchedule.Duty incoming) {
    List<OpenCase> open = openCases();
    List<HandoffReport.CaseLine> hot = open.stream()
        .filter(c -> TaskPriorities.isHot(c.line().priority())).map(OpenCase::line).sorted(URGENCY).toList();
    List<HandoffReport.CaseLine> active = open.stream()
        .filter(c -> ACTIVE.contains(c.status())).map(OpenCase::line).sorted(URGENCY).toList();
    List<HandoffReport.CaseLine> vendor = open.stream()
        .filter(c -> c.line().vendorCaseNumber() != null || c.status() == CaseStatus.RMA_PENDING)
        .map(OpenCase::line).sorted(URGENCY).toList();
    List<HandoffReport.Section> more = contributors.stream()
        .map(c -> c.section(outgoing.startedAt(), incoming.startedAt()))
        .filter(Objects::nonNull)
        .toList();
    return new HandoffReport(incoming.startedAt(), HandoffReport.Turn.of(outgoing), HandoffReport.Turn.of(incoming),
        hot, active, vendor, escalations(outgoing.startedAt(), incoming.startedAt()), more);
  }

  private record OpenCase(CaseStatus status, HandoffReport.CaseLine line) {}

  private List<OpenCase> openCases() {
    return jdbc.sql("""
            SELECT case_number, priority, status, subject, company, assignee, first_response_due, resolution_due,
                   first_responded_at, sla_paused, vendor_case_number
            FROM support_case WHERE status IN (:statuses)""")
        .param("statuses", OPEN.stream().map(Enum::name).toList())
        .query((rs, row) -> {
          CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
          return new OpenCase(status, new HandoffReport.CaseLine(rs.getString("case_number"),
              rs.getString("priority"), status.name(), rs.getString("subject"), rs.getString("company"),
              rs.getString("assignee"), nextDue(rs), rs.getString("vendor_case_number")));
        })
        .list();
  }

  private static Instant nextDue(ResultSet rs) throws SQLException {
    if (rs.getBoolean("sla_paused")) {
      return null;
    }
    return instant(rs, rs.getTimestamp("first_responded_at") == null ? "first_response_due" : "resolution_due");
  }

  private List<HandoffReport.EscalationLine> escalations(Instant from, Instant to) {
    return jdbc.sql("""
            SELECT e.case_number, c.priority, e.occurred_at, e.kind, e.detail
            FROM case_event e JOIN support_case c ON c.case_number = e.case_number
            WHERE e.kind IN (:kinds) AND e.occurred_at >= :from AND e.occurred_at < :to
            ORDER BY e.occurred_at, e.id""")
        .param("kinds", ESCALATIONS.stream().map(Enum::name).toList())
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query((rs, row) -> new HandoffReport.EscalationLine(rs.getString("case_number"), rs.getString("priority"),
            instant(rs, "occurred_at"), rs.getString("kind"), rs.getString("detail")))
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}

package io.casedesk.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.health.Availability;
import io.casedesk.process.EngineClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Compiles monthly customer reports and keeps them in {@code monthly_report}; runs in the caller's transaction
 * (the engine's, inside delegates).
 */
@Repository
public class MonthlyReports {

  /** A kept report: its row and the report itself. */
  public record Stored(long id, String customer, String month, Instant createdAt, MonthlyReport report) {}

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final CaseReports caseReports;
  private final Availability availability;

  public MonthlyReports(JdbcClient jdbc, ObjectMapper json, CaseReports caseReports, Availability availability) {
    this.jdbc = jdbc;
    this.json = json;
    this.caseReports = caseReports;
    this.availability = availability;
  }

  /** The month's figures of one customer, computed as {@code GET /api/reports/cases} scoped to it. */
  public MonthlyReport compile(String customer, YearMonth month) {
    Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<MonthlyReport.CaseLine> cases = jdbc.sql("""
            SELECT case_number, priority, status, subject, opened_at, closed_at FROM support_case
            WHERE company = :customer AND opened_at >= :from AND opened_at < :to ORDER BY opened_at, case_number""")
        .param("customer", customer).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
        .query((rs, n) -> new MonthlyReport.CaseLine(rs.getString("case_number"), rs.getString("priority"),
            rs.getString("status"), rs.getString("subject"), instant(rs, "opened_at"), instant(rs, "closed_at")))
        .list();
    // the monthly report is the customer's: without the problems' figures, as a customer reads the case report
    return new MonthlyReport(customer, month.toString(), cases,
        caseReports.report(from, to, customer, null).withoutProblems(), availability.of(customer, month));
  }

  /** Keeps the report, replacing an earlier one of the same customer and month; returns its id. */
  public long keep(MonthlyReport report) {
    String body = toJson(report);
    Timestamp now = Timestamp.from(EngineClock.now());
    int updated = jdbc.sql("UPDATE monthly_report SET body = :body, created_at = :now WHERE company = :customer"
            + " AND report_month = :month")
        .param("body", body).param("now", now).param("customer", report.customer()).param("month", report.month())
        .update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO monthly_report (company, report_month, body, created_at) VALUES (:customer, :month, :body, :now)")
          .param("customer", report.customer()).param("month", report.month()).param("body", body).param("now", now)
          .update();
    }
    return jdbc.sql("SELECT id FROM monthly_report WHERE company = :customer AND report_month = :month")
        .param("customer", report.customer()).param("month", report.month()).query(Long.class).single();
  }

  public Optional<Stored> find(long id) {
    return jdbc.sql("SELECT * FROM monthly_report WHERE id = :id").param("id", id).query(this::map).optional();
  }

  /** Kept reports, newest month first; either filter may be null. */
  public List<Stored> list(String customer, YearMonth month) {
    var statement = jdbc.sql("SELECT * FROM monthly_report WHERE 1 = 1"
        + (customer == null ? "" : " AND company = :customer")
        + (month == null ? "" : " AND report_month = :month")
        + " ORDER BY report_month DESC, company, id LIMIT 1000");
    if (customer != null) {
      statement = statement.param("customer", customer);
    }
    if (month != null) {
      statement = statement.param("month", month.toString());
    }
    return statement.query(this::map).list();
  }

  private Stored map(ResultSet rs, int row) throws SQLException {
    try {
      return new Stored(rs.getLong("id"), rs.getString("company"), rs.getString("report_month").strip(),
          instant(rs, "created_at"), json.readValue(rs.getString("body"), MonthlyReport.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Monthly report " + rs.getLong("id") + " cannot be read", e);
    }
  }

  private String toJson(MonthlyReport report) {
    try {
      return json.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Monthly report is not serialisable", e);
    }
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}

package io.casedesk.rma;

import io.casedesk.cases.CaseRmas;
import io.casedesk.cases.CaseView;
import io.casedesk.process.EngineClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Registers and reads {@code rma}; every later change is {@link RmaChanges}'. Runs in the caller's transaction (the
 * engine's, inside delegates).
 */
@Repository
public class RmaRepository implements CaseRmas {

  private final JdbcClient jdbc;

  public RmaRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String id, String caseNumber, String processInstanceId, String openedBy) {
    Timestamp now = Timestamp.from(EngineClock.now());
    jdbc.sql("""
        INSERT INTO rma (id, case_number, process_instance_id, status, opened_by, opened_at, updated_at)
        VALUES (:id, :caseNumber, :processInstanceId, :status, :openedBy, :now, :now)""")
        .param("id", id)
        .param("caseNumber", caseNumber)
        .param("processInstanceId", processInstanceId)
        .param("status", RmaStatus.DRAFT.name())
        .param("openedBy", openedBy)
        .param("now", now)
        .update();
  }

  public Optional<Rma> find(String id) {
    return jdbc.sql("SELECT * FROM rma WHERE id = :id").param("id", id).query(RmaRepository::map).optional();
  }

  public Rma get(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No RMA " + id));
  }

  /** The RMAs of a case, oldest first. */
  public List<Rma> ofCase(String caseNumber) {
    return jdbc.sql("SELECT * FROM rma WHERE case_number = :n ORDER BY opened_at, id")
        .param("n", caseNumber).query(RmaRepository::map).list();
  }

  @Override
  public List<CaseView.Rma> of(String caseNumber) {
    return ofCase(caseNumber).stream().map(r -> new CaseView.Rma(r.id(), r.status().name())).toList();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private static Rma map(ResultSet rs, int row) throws SQLException {
    return new Rma(
        rs.getString("id"),
        rs.getString("case_number"),
        rs.getString("process_instance_id"),
        RmaStatus.valueOf(rs.getString("status")),
        rs.getString("part_number"),
        rs.getString("faulty_serial_number"),
        rs.getString("site"),
        rs.getObject("warranty_ends_on", LocalDate.class),
        rs.getString("cover"),
        rs.getString("depot"),
        rs.getBoolean("issued_from_stock"),
        rs.getString("good_serial_number"),
        rs.getString("vendor_rma_number"),
        rs.getString("quote_reference"),
        instant(rs, "good_part_received_at"),
        instant(rs, "return_deadline"),
        rs.getBoolean("return_overdue"),
        instant(rs, "returned_at"),
        rs.getString("return_tracking_number"),
        rs.getString("opened_by"),
        instant(rs, "opened_at"),
        instant(rs, "closed_at"),
        instant(rs, "updated_at"));
  }
}

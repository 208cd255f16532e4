package io.casedesk.shifts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.process.EngineClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code handoff_report}; runs in the caller's transaction (the engine's, inside delegates). */
@Repository
public class HandoffRepository {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public HandoffRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Keeps a new report; returns its id. */
  public long insert(HandoffReport report, String processInstanceId) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO handoff_report (process_instance_id, turnover_at, outgoing_shift, outgoing_manager,
                incoming_shift, incoming_manager, report, created_at)
            VALUES (:processInstanceId, :turnoverAt, :outgoingShift, :outgoingManager, :incomingShift,
                :incomingManager, :report, :createdAt)""")
        .param("processInstanceId", processInstanceId)
        .param("turnoverAt", Timestamp.from(report.turnoverAt()))
        .param("outgoingShift", report.outgoing().shift())
        .param("outgoingManager", report.outgoing().dutyManager())
        .param("incomingShift", report.incoming().shift())
        .param("incomingManager", report.incoming().dutyManager())
        .param("report", toJson(report))
        .param("createdAt", Timestamp.from(EngineClock.now()))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public void setSummary(long id, String summary) {
    update(id, "UPDATE handoff_report SET summary = :value WHERE id = :id", summary);
  }

  public void recordNotes(long id, String notes, String by) {
    jdbc.sql("UPDATE handoff_report SET notes = :notes, notes_by = :by, notes_at = :at WHERE id = :id")
        .param("notes", notes).param("by", by).param("at", Timestamp.from(EngineClock.now())).param("id", id)
        .update();
  }

  public void recordAcknowledgement(long id, String by, String comment) {
    jdbc.sql("""
            UPDATE handoff_report SET acknowledged_by = :by, acknowledged_at = :at, acknowledgement_comment = :comment
            WHERE id = :id""")
        .param("by", by).param("at", Timestamp.from(EngineClock.now())).param("comment", comment).param("id", id)
        .update();
  }

  public void recordAlert(long id) {
    update(id, "UPDATE handoff_report SET alerted_at = :value WHERE id = :id", Timestamp.from(EngineClock.now()));
  }

  public Optional<Handoff> find(long id) {
    return jdbc.sql("SELECT * FROM handoff_report WHERE id = :id").param("id", id).query(this::map).optional();
  }

  /** Hand-offs whose turnover lies in [from, to), latest first. */
  public List<Handoff> between(Instant from, Instant to, int limit) {
    return jdbc.sql("""
            SELECT * FROM handoff_report WHERE turnover_at >= :from AND turnover_at < :to
            ORDER BY turnover_at DESC, id DESC LIMIT :limit""")
        .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
        .query(this::map).list();
  }

  /** A kept hand-off: the report, the notes, and the acknowledgement. */
  public record Handoff(long id, String processInstanceId, Instant turnoverAt, String outgoingShift,
      String outgoingManager, String incomingShift, String incomingManager, HandoffReport report, String summary,
      String notes, String notesBy, Instant notesAt, String acknowledgedBy, Instant acknowledgedAt,
      String acknowledgementComment, Instant alertedAt, Instant createdAt) {}

  private void update(long id, String sql, Object value) {
    if (jdbc.sql(sql).param("value", value).param("id", id).update() != 1) {
      throw new IllegalStateException("No hand-off " + id);
    }
  }

  private Handoff map(ResultSet rs, int row) throws SQLException {
    return new Handoff(rs.getLong("id"), rs.getString("process_instance_id"), instant(rs, "turnover_at"),
        rs.getString("outgoing_shift"), rs.getString("outgoing_manager"), rs.getString("incoming_shift"),
        rs.getString("incoming_manager"), fromJson(rs.getString("report")), rs.getString("summary"),
        rs.getString("notes"), rs.getString("notes_by"), instant(rs, "notes_at"), rs.getString("acknowledged_by"),
        instant(rs, "acknowledged_at"), rs.getString("acknowledgement_comment"), instant(rs, "alerted_at"),
        instant(rs, "created_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private String toJson(HandoffReport report) {
    try {
      return json.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write hand-off report as JSON", e);
    }
  }

  private HandoffReport fromJson(String text) {
    try {
      return json.readValue(text, HandoffReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read hand-off report JSON", e);
    }
  }
}

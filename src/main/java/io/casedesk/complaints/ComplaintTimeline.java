package io.casedesk.complaints;

import io.casedesk.process.Actors;
import io.casedesk.process.EngineClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The complaint timeline: one row per event, with its time and actor, written in the caller's transaction. */
@Component
public class ComplaintTimeline {

  private final JdbcClient jdbc;

  public ComplaintTimeline(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String complaintId, String actor, ComplaintEventKind kind, String detail) {
    jdbc.sql("""
        INSERT INTO complaint_event (complaint_id, occurred_at, actor, kind, detail)
        VALUES (:complaintId, :at, :actor, :kind, :detail)""")
        .param("complaintId", complaintId)
        .param("at", Timestamp.from(EngineClock.now()))
        .param("actor", actor == null ? Actors.SYSTEM : actor)
        .param("kind", kind.name())
        .param("detail", detail)
        .update();
  }

  public List<Event> of(String complaintId) {
    return jdbc.sql("SELECT occurred_at, actor, kind, detail FROM complaint_event WHERE complaint_id = :id ORDER BY id")
        .param("id", complaintId)
        .query((rs, row) -> new Event(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
            ComplaintEventKind.valueOf(rs.getString("kind")), rs.getString("detail")))
        .list();
  }

  public record Event(Instant at, String actor, ComplaintEventKind kind, String detail) {}
}

package io.casedesk.cases;

import io.casedesk.calendar.EngineClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The case timeline: one row per event, with its time and actor, written in the caller's transaction. */
@Component
public class Timeline {

  /** The actor of events no person caused: timers, rules, the engine. */
  public static final String SYSTEM = "system";

  private final JdbcClient jdbc;

  public Timeline(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String caseNumber, String actor, CaseEventKind kind, String detail) {
    jdbc.sql("""
        INSERT INTO case_event (case_number, occurred_at, actor, kind, detail)
        VALUES (:caseNumber, :at, :actor, :kind, :detail)""")
        .param("caseNumber", caseNumber)
        .param("at", Timestamp.from(EngineClock.now()))
        .param("actor", actor == null ? SYSTEM : actor)
        .param("kind", kind.name())
        .param("detail", detail)
        .update();
  }

  public List<CaseEvent> of(String caseNumber) {
    return jdbc.sql("SELECT occurred_at, actor, kind, detail FROM case_event WHERE case_number = :n ORDER BY id")
        .param("n", caseNumber)
        .query((rs, row) -> new CaseEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
            CaseEventKind.valueOf(rs.getString("kind")), rs.getString("detail")))
        .list();
  }

  public record CaseEvent(Instant at, String actor, CaseEventKind kind, String detail) {}
}

package io.casedesk.problems;

import io.casedesk.process.Actors;
import io.casedesk.process.Timestamps;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A problem's own timeline ({@code problem_event}), written in the caller's transaction. What a problem does to a
 * case (linked, workaround published, fixed) is also written to that case's timeline, which is hash-chained
 * ({@code cases.Timeline}).
 */
@Component
public class ProblemTimeline {

  private final JdbcClient jdbc;

  public ProblemTimeline(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds an event; without an actor, the system acted. */
  public void record(String problemNumber, String actor, ProblemEventKind kind, String detail) {
    jdbc.sql("""
        INSERT INTO problem_event (problem_number, occurred_at, actor, kind, detail)
        VALUES (:number, :at, :actor, :kind, :detail)""")
        .param("number", problemNumber).param("at", Timestamps.now())
        .param("actor", actor == null ? Actors.SYSTEM : actor).param("kind", kind.name()).param("detail", detail)
        .update();
  }

  /** Oldest first. */
  public List<Event> of(String problemNumber) {
    return jdbc.sql("SELECT occurred_at, actor, kind, detail FROM problem_event WHERE problem_number = :n ORDER BY id")
        .param("n", problemNumber)
        .query((rs, row) -> new Event(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
            ProblemEventKind.valueOf(rs.getString("kind")), rs.getString("detail")))
        .list();
  }

  public record Event(Instant at, String actor, ProblemEventKind kind, String detail) {}
}

package io.casedesk.changes;

import io.casedesk.audit.ChangeChain;
import io.casedesk.process.Actors;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A change's timeline: one row per event with its time and actor, written in the caller's transaction as a link of
 * the change's hash chain ({@link ChangeChain}).
 */
@Component
public class ChangeTimeline {

  public record ChangeEvent(Instant at, String actor, ChangeEventKind kind, String detail) {}

  private final JdbcClient jdbc;
  private final ChangeChain chain;

  public ChangeTimeline(JdbcClient jdbc, ChangeChain chain) {
    this.jdbc = jdbc;
    this.chain = chain;
  }

  /** Adds an event; without an actor, the system acted. */
  public void record(String changeId, String actor, ChangeEventKind kind, String detail) {
    chain.append(changeId, actor == null ? Actors.SYSTEM : actor, kind.name(), detail);
  }

  public List<ChangeEvent> of(String changeId) {
    return jdbc.sql("SELECT occurred_at, actor, kind, detail FROM change_event WHERE change_id = :id ORDER BY seq")
        .param("id", changeId)
        .query((rs, row) -> new ChangeEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
            ChangeEventKind.valueOf(rs.getString("kind")), rs.getString("detail")))
        .list();
  }

  /** Whether nothing of the timeline was altered, added or cut since it was written. */
  public boolean intact(String changeId) {
    return chain.intact(changeId);
  }
}

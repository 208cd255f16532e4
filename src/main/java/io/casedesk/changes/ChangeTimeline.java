package io.casedesk.changes;

import io.casedesk.audit.AuditHash;
import io.casedesk.process.Actors;
import io.casedesk.process.EngineClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A change's timeline, hash-chained as a case's is ({@link AuditHash}; the change row's {@code audit_head} holds the
 * newest hash), in the caller's transaction. Locks the change row first so the chain stays a straight line. Simpler
 * than {@code audit.AuditChain}: a change has a handful of events, so the head is written with every event.
 */
@Component
public class ChangeTimeline {

  public record ChangeEvent(Instant at, String actor, ChangeEventKind kind, String detail) {}

  private final JdbcClient jdbc;

  public ChangeTimeline(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds an event; without an actor, the system acted. */
  public void record(String changeId, String actor, ChangeEventKind kind, String detail) {
    String who = actor == null ? Actors.SYSTEM : actor;
    String previousHash = jdbc.sql("SELECT audit_head FROM change_request WHERE id = :id FOR UPDATE")
        .param("id", changeId)
        .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
        .single().orElse(null);
    int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM change_event WHERE change_id = :id")
        .param("id", changeId).query(Integer.class).single();
    Instant at = EngineClock.now().truncatedTo(ChronoUnit.MILLIS);
    String hash = AuditHash.of(previousHash, changeId, seq, at, who, kind.name(), detail);
    jdbc.sql("""
        INSERT INTO change_event (change_id, seq, occurred_at, actor, kind, detail, prev_hash, hash)
        VALUES (:id, :seq, :at, :actor, :kind, :detail, :prevHash, :hash)""")
        .param("id", changeId).param("seq", seq).param("at", Timestamp.from(at)).param("actor", who)
        .param("kind", kind.name()).param("detail", detail).param("prevHash", previousHash).param("hash", hash)
        .update();
    jdbc.sql("UPDATE change_request SET audit_head = :hash WHERE id = :id")
        .param("hash", hash).param("id", changeId).update();
  }

  public List<ChangeEvent> of(String changeId) {
    return jdbc.sql("SELECT occurred_at, actor, kind, detail FROM change_event WHERE change_id = :id ORDER BY seq")
        .param("id", changeId)
        .query((rs, row) -> new ChangeEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
            ChangeEventKind.valueOf(rs.getString("kind")), rs.getString("detail")))
        .list();
  }

  /** Whether every link of the chain matches its hash and the row's head is the newest: nothing altered. */
  public boolean intact(String changeId) {
    record Link(int seq, Instant at, String actor, String kind, String detail, String prevHash, String hash) {}
    List<Link> links = jdbc.sql("""
            SELECT seq, occurred_at, actor, kind, detail, prev_hash, hash FROM change_event WHERE change_id = :id
            ORDER BY seq""")
        .param("id", changeId)
        .query((rs, row) -> new Link(rs.getInt("seq"), rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("actor"), rs.getString("kind"), rs.getString("detail"), rs.getString("prev_hash"),
            rs.getString("hash")))
        .list();
    String previous = null;
    for (Link link : links) {
      if (!java.util.Objects.equals(previous, link.prevHash()) || !link.hash().equals(
          AuditHash.of(previous, changeId, link.seq(), link.at(), link.actor(), link.kind(), link.detail()))) {
        return false;
      }
      previous = link.hash();
    }
    String head = jdbc.sql("SELECT audit_head FROM change_request WHERE id = :id").param("id", changeId)
        .query((rs, row) -> Optional.ofNullable(rs.getString(1))).single().orElse(null);
    return java.util.Objects.equals(previous, head);
  }
}

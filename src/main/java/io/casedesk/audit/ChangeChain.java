package io.casedesk.audit;

import io.casedesk.process.EngineClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A change request's timeline ({@code change_event}) as a hash chain, as {@link AuditChain} writes a case's: each
 * event gets the next number of its change, the previous event's hash and its own ({@link AuditHash}), and the
 * change row's {@code audit_head} holds the newest hash. Locks the change row first so the chain stays a straight
 * line. Simpler than {@link AuditChain}: a change has a handful of events, so the head is written with each.
 */
@Component
public class ChangeChain {

  private final JdbcClient jdbc;

  public ChangeChain(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void append(String changeId, String actor, String kind, String detail) {
    String previousHash = head(changeId, true);
    int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM change_event WHERE change_id = :id")
        .param("id", changeId).query(Integer.class).single();
    // the hash covers milliseconds: the stored time must be exactly the hashed one
    Instant at = EngineClock.now().truncatedTo(ChronoUnit.MILLIS);
    String hash = AuditHash.of(previousHash, changeId, seq, at, actor, kind, detail);
    jdbc.sql("""
        INSERT INTO change_event (change_id, seq, occurred_at, actor, kind, detail, prev_hash, hash)
        VALUES (:id, :seq, :at, :actor, :kind, :detail, :prevHash, :hash)""")
        .param("id", changeId).param("seq", seq).param("at", Timestamp.from(at)).param("actor", actor)
        .param("kind", kind).param("detail", detail).param("prevHash", previousHash).param("hash", hash)
        .update();
    jdbc.sql("UPDATE change_request SET audit_head = :hash WHERE id = :id")
        .param("hash", hash).param("id", changeId).update();
  }

  /** Whether every link matches its hash and the row's head is the newest link: nothing altered, added or cut. */
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
      if (!Objects.equals(previous, link.prevHash()) || !link.hash().equals(
          AuditHash.of(previous, changeId, link.seq(), link.at(), link.actor(), link.kind(), link.detail()))) {
        return false;
      }
      previous = link.hash();
    }
    return Objects.equals(previous, head(changeId, false));
  }

  private String head(String changeId, boolean lock) {
    return jdbc.sql("SELECT audit_head FROM change_request WHERE id = :id" + (lock ? " FOR UPDATE" : ""))
        .param("id", changeId)
        .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
        .single().orElse(null);
  }
}

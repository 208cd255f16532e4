package io.casedesk.audit;

import io.casedesk.process.EngineClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hash chain of a timeline with few events per transaction (a problem's, a change's), as {@link AuditChain}
 * writes a case's: each event gets the next number of its owner, the previous event's hash and its own
 * ({@link AuditHash}), and the owner's row holds the newest hash in {@code audit_head}, written with each event.
 * Locking the owner's row first keeps the chain a straight line. The table names are Casedesk's own, never input.
 */
final class RowEventChain {

  private final JdbcClient jdbc;
  private final String ownerTable;
  private final String ownerKey;
  private final String eventTable;
  private final String eventKey;

  RowEventChain(JdbcClient jdbc, String ownerTable, String ownerKey, String eventTable, String eventKey) {
    this.jdbc = jdbc;
    this.ownerTable = ownerTable;
    this.ownerKey = ownerKey;
    this.eventTable = eventTable;
    this.eventKey = eventKey;
  }

  void append(String owner, String actor, String kind, String detail) {
    String previousHash = head(owner, true);
    int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM " + eventTable + " WHERE " + eventKey + " = :owner")
        .param("owner", owner).query(Integer.class).single();
    // the hash covers milliseconds: the stored time must be exactly the hashed one
    Instant at = EngineClock.now().truncatedTo(ChronoUnit.MILLIS);
    String hash = AuditHash.of(previousHash, owner, seq, at, actor, kind, detail);
    jdbc.sql("INSERT INTO " + eventTable + " (" + eventKey + ", seq, occurred_at, actor, kind, detail, prev_hash, hash)"
            + " VALUES (:owner, :seq, :at, :actor, :kind, :detail, :prevHash, :hash)")
        .param("owner", owner).param("seq", seq).param("at", Timestamp.from(at)).param("actor", actor)
        .param("kind", kind).param("detail", detail).param("prevHash", previousHash).param("hash", hash)
        .update();
    jdbc.sql("UPDATE " + ownerTable + " SET audit_head = :hash WHERE " + ownerKey + " = :owner")
        .param("hash", hash).param("owner", owner).update();
  }

  /** Whether every link matches its hash and the row's head is the newest link: nothing altered, added or cut. */
  boolean intact(String owner) {
    record Link(int seq, Instant at, String actor, String kind, String detail, String prevHash, String hash) {}
    List<Link> links = jdbc.sql("SELECT seq, occurred_at, actor, kind, detail, prev_hash, hash FROM " + eventTable
            + " WHERE " + eventKey + " = :owner ORDER BY seq")
        .param("owner", owner)
        .query((rs, row) -> new Link(rs.getInt("seq"), rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("actor"), rs.getString("kind"), rs.getString("detail"), rs.getString("prev_hash"),
            rs.getString("hash")))
        .list();
    String previous = null;
    for (Link link : links) {
      if (!Objects.equals(previous, link.prevHash()) || !link.hash().equals(
          AuditHash.of(previous, owner, link.seq(), link.at(), link.actor(), link.kind(), link.detail()))) {
        return false;
      }
      previous = link.hash();
    }
    return Objects.equals(previous, head(owner, false));
  }

  private String head(String owner, boolean lock) {
    return jdbc.sql("SELECT audit_head FROM " + ownerTable + " WHERE " + ownerKey + " = :owner"
            + (lock ? " FOR UPDATE" : ""))
        .param("owner", owner)
        .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
        .single().orElse(null);
  }
}

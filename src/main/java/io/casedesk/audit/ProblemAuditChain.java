package io.casedesk.audit;

import io.casedesk.process.EngineClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a problem's events ({@code problem_event}) as a hash chain, in the caller's transaction, as
 * {@link AuditChain} writes a case's: the next number of the problem ({@code seq}), the previous event's hash and its
 * own ({@link AuditHash}, with the problem number where a case's has the case number), and the problem row's
 * {@code audit_head} holds the newest hash; {@link AuditVerifier} walks these chains too. Locking the problem row
 * first keeps the chain a straight line when two transactions write to the same problem. A problem has a few events
 * per transaction, so each writes its head at once (AuditChain's per-transaction heads are not needed).
 */
@Component
public class ProblemAuditChain {

  private final JdbcClient jdbc;

  public ProblemAuditChain(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void append(String problemNumber, String actor, String kind, String detail) {
    String previousHash = jdbc.sql("SELECT audit_head FROM problem WHERE problem_number = :n FOR UPDATE")
        .param("n", problemNumber)
        .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
        .single().orElse(null);
    int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM problem_event WHERE problem_number = :n")
        .param("n", problemNumber).query(Integer.class).single();
    // the hash covers milliseconds: the stored time must be exactly the hashed one
    Instant at = EngineClock.now().truncatedTo(ChronoUnit.MILLIS);
    String hash = AuditHash.of(previousHash, problemNumber, seq, at, actor, kind, detail);
    jdbc.sql("""
        INSERT INTO problem_event (problem_number, seq, occurred_at, actor, kind, detail, prev_hash, hash)
        VALUES (:n, :seq, :at, :actor, :kind, :detail, :prevHash, :hash)""")
        .param("n", problemNumber).param("seq", seq).param("at", Timestamp.from(at)).param("actor", actor)
        .param("kind", kind).param("detail", detail).param("prevHash", previousHash).param("hash", hash)
        .update();
    jdbc.sql("UPDATE problem SET audit_head = :hash WHERE problem_number = :n")
        .param("hash", hash).param("n", problemNumber).update();
  }
}

package io.casedesk.cases;

import io.casedesk.audit.AuditHash;
import io.casedesk.calendar.EngineClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
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

  /**
   * Adds an event, chained to the case's previous one by hash. Locking the case row first keeps the chain a
   * straight line when two transactions (on two nodes, say) write to the same case.
   */
  public void record(String caseNumber, String actor, CaseEventKind kind, String detail) {
    String previousHash = jdbc.sql("SELECT audit_head FROM support_case WHERE case_number = :n FOR UPDATE")
        .param("n", caseNumber)
        .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
        .single().orElse(null);
    int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM case_event WHERE case_number = :n")
        .param("n", caseNumber).query(Integer.class).single();
    Instant at = EngineClock.now().truncatedTo(ChronoUnit.MILLIS);
    String who = actor == null ? SYSTEM : actor;
    String hash = AuditHash.of(previousHash, caseNumber, seq, at, who, kind.name(), detail);
    jdbc.sql("""
        INSERT INTO case_event (case_number, seq, occurred_at, actor, kind, detail, prev_hash, hash)
        VALUES (:caseNumber, :seq, :at, :actor, :kind, :detail, :prevHash, :hash)""")
        .param("caseNumber", caseNumber)
        .param("seq", seq)
        .param("at", Timestamp.from(at))
        .param("actor", who)
        .param("kind", kind.name())
        .param("detail", detail)
        .param("prevHash", previousHash)
        .param("hash", hash)
        .update();
    jdbc.sql("UPDATE support_case SET audit_head = :hash WHERE case_number = :n")
        .param("hash", hash).param("n", caseNumber).update();
  }

  public List<CaseEvent> of(String caseNumber) {
    return jdbc.sql("SELECT occurred_at, actor, kind, detail FROM case_event WHERE case_number = :n ORDER BY seq, id")
        .param("n", caseNumber)
        .query((rs, row) -> new CaseEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
            CaseEventKind.valueOf(rs.getString("kind")), rs.getString("detail")))
        .list();
  }

  public record CaseEvent(Instant at, String actor, CaseEventKind kind, String detail) {}
}

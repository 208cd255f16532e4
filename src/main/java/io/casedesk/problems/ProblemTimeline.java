package io.casedesk.problems;

import io.casedesk.audit.ProblemAuditChain;
import io.casedesk.process.Actors;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A problem's own timeline ({@code problem_event}), written in the caller's transaction as a hash chain
 * ({@link ProblemAuditChain}, checked with the cases' by {@code GET /api/audit/verify}). What a problem does to a case
 * (linked, workaround published, fixed) is also written to that case's timeline ({@code cases.Timeline}).
 */
@Component
public class ProblemTimeline {

  private final JdbcClient jdbc;
  private final ProblemAuditChain chain;

  public ProblemTimeline(JdbcClient jdbc, ProblemAuditChain chain) {
    this.jdbc = jdbc;
    this.chain = chain;
  }

  /** Adds an event; without an actor, the system acted. */
  public void record(String problemNumber, String actor, ProblemEventKind kind, String detail) {
    chain.append(problemNumber, actor == null ? Actors.SYSTEM : actor, kind.name(), detail);
  }

  /** Oldest first. */
  public List<Event> of(String problemNumber) {
    return jdbc.sql("SELECT occurred_at, actor, kind, detail FROM problem_event WHERE problem_number = :n ORDER BY seq, id")
        .param("n", problemNumber)
        .query((rs, row) -> new Event(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
            ProblemEventKind.valueOf(rs.getString("kind")), rs.getString("detail")))
        .list();
  }

  public record Event(Instant at, String actor, ProblemEventKind kind, String detail) {}
}

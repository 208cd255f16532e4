package io.casedesk.cases;

import io.casedesk.audit.AuditChain;
import io.casedesk.process.Actors;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case timeline: one row per event, with its time and actor, written in the caller's transaction as a link of
 * the case's audit chain ({@link AuditChain}).
 */
@Component
public class Timeline {

  private final JdbcClient jdbc;
  private final AuditChain chain;

  public Timeline(JdbcClient jdbc, AuditChain chain) {
    this.jdbc = jdbc;
    this.chain = chain;
  }

  /** Adds an event to the case's timeline; without an actor, the system acted. */
  public void record(String caseNumber, String actor, CaseEventKind kind, String detail) {
    chain.append(caseNumber, actor == null ? Actors.SYSTEM : actor, kind.name(), detail);
  }

  public List<CaseEvent> of(String caseNumber) {
    return jdbc.sql("SELECT occurred_at, actor, kind, detail FROM case_event WHERE case_number = :n ORDER BY seq, id")
        .param("n", caseNumber)
        .query((rs, row) -> new CaseEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
            CaseEventKind.valueOf(rs.getString("kind")), rs.getString("detail")))
        .list();
  }

  /**
   * When each of the cases last changed as its customer sees it: its latest event that is not internal
   * ({@link CaseEventKind#isInternal}), so a work note's time tells a customer nothing. Cases without one are left out.
   */
  public Map<String, Instant> lastCustomerVisibleChange(Collection<String> caseNumbers) {
    if (caseNumbers.isEmpty()) {
      return Map.of();
    }
    List<String> visible = Arrays.stream(CaseEventKind.values()).filter(kind -> !kind.isInternal())
        .map(Enum::name).toList();
    return jdbc.sql("""
            SELECT case_number, MAX(occurred_at) AS last_at FROM case_event
            WHERE case_number IN (:numbers) AND kind IN (:kinds) GROUP BY case_number""")
        .param("numbers", List.copyOf(caseNumbers))
        .param("kinds", visible)
        .query((rs, row) -> Map.entry(rs.getString("case_number"), rs.getTimestamp("last_at").toInstant()))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  public record CaseEvent(Instant at, String actor, CaseEventKind kind, String detail) {}
}

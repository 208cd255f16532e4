package io.casedesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Walks every case's and every problem's timeline chain and reports the first link that does not hold. */
@Service
public class AuditVerifier {

  private final JdbcClient jdbc;

  public AuditVerifier(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Report(boolean intact, long eventsChecked, BrokenLink firstBrokenLink) {}

  public record BrokenLink(String caseNumber, Long eventId, Integer seq, String reason) {}

  /** Every case's chain, then every problem's ({@link ProblemAuditChain}); {@code caseNumber} names either. */
  @Transactional(readOnly = true)
  public Report verify() {
    Report cases = verify("SELECT case_number, audit_head FROM support_case",
        "SELECT id, case_number, seq, occurred_at, actor, kind, detail, prev_hash, hash FROM case_event "
        + "ORDER BY case_number, seq, id");
    if (!cases.intact()) {
      return cases;
    }
    Report problems = verify("SELECT problem_number, audit_head FROM problem",
        "SELECT id, problem_number AS case_number, seq, occurred_at, actor, kind, detail, prev_hash, hash "
        + "FROM problem_event ORDER BY problem_number, seq, id");
    return new Report(problems.intact(), cases.eventsChecked() + problems.eventsChecked(), problems.firstBrokenLink());
  }

  private Report verify(String headsQuery, String eventsQuery) {
    Map<String, String> heads = new HashMap<>();
    jdbc.sql(headsQuery).query(rs -> {
      heads.put(rs.getString(1), rs.getString(2));
    });
    Walk walk = new Walk(heads);
    jdbc.sql(eventsQuery).query(walk::check);
    walk.finishCase();
    if (walk.broken == null) {
      // a case whose newest events were deleted together with the rest of its chain still has a head
      heads.forEach((caseNumber, head) -> {
        if (walk.broken == null && head != null && !walk.seenCases.containsKey(caseNumber)) {
          walk.broken = new BrokenLink(caseNumber, null, null, "the case's events are missing");
        }
      });
    }
    return new Report(walk.broken == null, walk.checked, walk.broken);
  }

  /** State of the walk over the ordered events. */
  private static final class Walk {
    private final Map<String, String> heads;
    private final Map<String, Boolean> seenCases = new HashMap<>();
    private String currentCase;
    private String previousHash;
    private int expectedSeq;
    private long checked;
    private BrokenLink broken;

    Walk(Map<String, String> heads) {
      this.heads = heads;
    }

    void check(ResultSet rs) throws SQLException {
      if (broken != null) {
        return;
      }
      String caseNumber = rs.getString("case_number");
      if (!caseNumber.equals(currentCase)) {
        finishCase();
        if (broken != null) {
          return;
        }
        currentCase = caseNumber;
        seenCases.put(caseNumber, true);
        previousHash = null;
        expectedSeq = 1;
      }
      long id = rs.getLong("id");
      int seq = rs.getInt("seq");
      checked++;
      if (seq != expectedSeq) {
        broken = new BrokenLink(caseNumber, id, seq, "expected event number " + expectedSeq + ": an event is missing");
        return;
      }
      if (!Objects.equals(rs.getString("prev_hash"), previousHash)) {
        broken = new BrokenLink(caseNumber, id, seq, "does not link to the event before it");
        return;
      }
      String recomputed = AuditHash.of(previousHash, caseNumber, seq, rs.getTimestamp("occurred_at").toInstant(),
          rs.getString("actor"), rs.getString("kind"), rs.getString("detail"));
      if (!recomputed.equals(rs.getString("hash"))) {
        broken = new BrokenLink(caseNumber, id, seq, "was altered after it was written");
        return;
      }
      previousHash = recomputed;
      expectedSeq++;
    }

    void finishCase() {
      if (broken == null && currentCase != null && !Objects.equals(heads.get(currentCase), previousHash)) {
        broken = new BrokenLink(currentCase, null, expectedSeq, "the case's newest events are missing");
      }
    }
  }
}

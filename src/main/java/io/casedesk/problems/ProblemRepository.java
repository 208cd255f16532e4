package io.casedesk.problems;

import io.casedesk.process.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Opens and reads {@code problem} and reads its links to cases ({@code problem_case}); every later change of either
 * is {@link ProblemChanges}'. Runs in the caller's transaction.
 */
@Repository
public class ProblemRepository {

  private final JdbcClient jdbc;

  public ProblemRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String number, String title, String description, String redFlagNumber, String openedBy) {
    jdbc.sql("""
        INSERT INTO problem (problem_number, status, title, description, red_flag_number, opened_by, opened_at,
            updated_at)
        VALUES (:number, :status, :title, :description, :redFlag, :openedBy, :at, :at)""")
        .param("number", number).param("status", ProblemStatus.INVESTIGATING.name()).param("title", title)
        .param("description", description).param("redFlag", redFlagNumber).param("openedBy", openedBy)
        .param("at", Timestamps.now())
        .update();
  }

  public Optional<Problem> find(String number) {
    return jdbc.sql("SELECT * FROM problem WHERE problem_number = :n").param("n", number)
        .query(ProblemRepository::map).optional();
  }

  public Problem get(String number) {
    return find(number).orElseThrow(() -> new IllegalStateException("No problem " + number));
  }

  /**
   * Newest first, at most {@code limit}; {@code linkedToEngineer} narrows to the problems linking a case that user
   * works (is assignee of).
   */
  public List<Problem> search(ProblemStatus status, String linkedToEngineer, int limit) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (status != null) {
      where.append(" AND p.status = :status");
      params.put("status", status.name());
    }
    if (linkedToEngineer != null) {
      where.append(" AND EXISTS (SELECT 1 FROM problem_case pc JOIN support_case c ON c.case_number = pc.case_number"
          + " WHERE pc.problem_number = p.problem_number AND c.assignee = :engineer)");
      params.put("engineer", linkedToEngineer);
    }
    return jdbc.sql("SELECT p.* FROM problem p" + where
            + " ORDER BY p.opened_at DESC, p.problem_number DESC LIMIT :limit")
        .params(params).param("limit", limit).query(ProblemRepository::map).list();
  }

  /** Whether {@code userId} works (is the assignee of) one of the problem's cases. */
  public boolean linksCaseOf(String number, String userId) {
    return jdbc.sql("""
        SELECT COUNT(*) FROM problem_case pc JOIN support_case c ON c.case_number = pc.case_number
        WHERE pc.problem_number = :n AND c.assignee = :user""")
        .param("n", number).param("user", userId).query(Long.class).single() > 0;
  }

  /** The problem's cases, in the order they were linked. */
  public List<LinkedCase> casesOf(String number) {
    return jdbc.sql("""
        SELECT c.case_number, c.subject, c.company, c.status, c.priority, c.assignee, c.candidate_group,
            pc.linked_by, pc.linked_at
        FROM problem_case pc JOIN support_case c ON c.case_number = pc.case_number
        WHERE pc.problem_number = :n ORDER BY pc.linked_at, c.case_number""")
        .param("n", number)
        .query((rs, row) -> new LinkedCase(rs.getString("case_number"), rs.getString("subject"),
            rs.getString("company"), rs.getString("status"), rs.getString("priority"), rs.getString("assignee"),
            rs.getString("candidate_group"), rs.getString("linked_by"), instant(rs, "linked_at")))
        .list();
  }

  /** The problems a case is linked to, newest first. */
  public List<Problem> ofCase(String caseNumber) {
    return jdbc.sql("""
        SELECT p.* FROM problem p JOIN problem_case pc ON pc.problem_number = p.problem_number
        WHERE pc.case_number = :n ORDER BY p.opened_at DESC, p.problem_number DESC""")
        .param("n", caseNumber).query(ProblemRepository::map).list();
  }

  public boolean isLinked(String number, String caseNumber) {
    return jdbc.sql("SELECT COUNT(*) FROM problem_case WHERE problem_number = :n AND case_number = :c")
        .param("n", number).param("c", caseNumber).query(Long.class).single() > 0;
  }

  /** A case of a problem, as its view and its notifications need it. */
  public record LinkedCase(String caseNumber, String subject, String company, String status, String priority,
      String assignee, String candidateGroup, String linkedBy, Instant linkedAt) {

    /** Whether its engineer still works it: not closed, nor ended without a contract. */
    public boolean isOpen() {
      return !"CLOSED".equals(status) && !"NO_CONTRACT".equals(status);
    }
  }

  private static Problem map(ResultSet rs, int row) throws SQLException {
    return new Problem(rs.getString("problem_number"), ProblemStatus.valueOf(rs.getString("status")),
        rs.getString("title"), rs.getString("description"), rs.getString("red_flag_number"),
        rs.getString("opened_by"), instant(rs, "opened_at"), rs.getString("root_cause"), instant(rs, "root_cause_at"),
        rs.getString("workaround"), instant(rs, "known_error_at"), rs.getString("fix_description"),
        instant(rs, "fixed_at"), rs.getString("closure_note"), rs.getString("closed_by"), instant(rs, "closed_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}

package io.casedesk.changes;

import io.casedesk.process.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Registers and reads {@code change_request} and its experts' verdicts; every later change of a row is
 * {@link ChangeChanges}'. Runs in the caller's transaction.
 */
@Repository
public class ChangeRepository {

  /** What a change is raised with. */
  public record NewChange(String id, ChangeOrigin origin, String caseNumber, String company, String contactEmail,
      String title, String description, boolean chargeable, String planAuthor, String raisedBy) {}

  /** One expert's verdict on one round of the plan. */
  public record Review(int round, String reviewer, String verdict, String comment, Instant reviewedAt) {}

  private final JdbcClient jdbc;

  public ChangeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(NewChange change) {
    Timestamp now = Timestamps.now();
    jdbc.sql("""
        INSERT INTO change_request (id, origin, case_number, company, contact_email, title, description, chargeable,
            status, plan_author, raised_by, raised_at, updated_at)
        VALUES (:id, :origin, :caseNumber, :company, :contactEmail, :title, :description, :chargeable,
            :status, :planAuthor, :raisedBy, :now, :now)""")
        .param("id", change.id())
        .param("origin", change.origin().name())
        .param("caseNumber", change.caseNumber())
        .param("company", change.company())
        .param("contactEmail", change.contactEmail())
        .param("title", change.title())
        .param("description", change.description())
        .param("chargeable", change.chargeable())
        .param("status", ChangeStatus.PLANNING.name())
        .param("planAuthor", change.planAuthor())
        .param("raisedBy", change.raisedBy())
        .param("now", now)
        .update();
  }

  public Optional<ChangeRequest> find(String id) {
    return jdbc.sql("SELECT * FROM change_request WHERE id = :id").param("id", id)
        .query(ChangeRepository::map).optional();
  }

  public ChangeRequest get(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No change " + id));
  }

  /** Newest first; {@code company} null for every company. */
  public List<ChangeRequest> list(String company, int limit) {
    return jdbc.sql("""
            SELECT * FROM change_request WHERE (CAST(:company AS VARCHAR(200)) IS NULL OR company = :company)
            ORDER BY raised_at DESC, id DESC LIMIT :limit""")
        .param("company", company).param("limit", limit)
        .query(ChangeRepository::map).list();
  }

  public void insertReview(String changeId, int round, String reviewer, String verdict, String comment) {
    jdbc.sql("""
        INSERT INTO change_review (change_id, review_round, reviewer, verdict, comment, reviewed_at)
        VALUES (:changeId, :round, :reviewer, :verdict, :comment, :now)""")
        .param("changeId", changeId).param("round", round).param("reviewer", reviewer).param("verdict", verdict)
        .param("comment", comment).param("now", Timestamps.now())
        .update();
  }

  public List<Review> reviews(String changeId) {
    return jdbc.sql("""
            SELECT review_round, reviewer, verdict, comment, reviewed_at FROM change_review WHERE change_id = :id
            ORDER BY review_round, reviewed_at, reviewer""")
        .param("id", changeId)
        .query((rs, row) -> new Review(rs.getInt("review_round"), rs.getString("reviewer"), rs.getString("verdict"),
            rs.getString("comment"), rs.getTimestamp("reviewed_at").toInstant()))
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private static ChangeRequest map(ResultSet rs, int row) throws SQLException {
    return new ChangeRequest(
        rs.getString("id"),
        ChangeOrigin.valueOf(rs.getString("origin")),
        rs.getString("case_number"),
        rs.getString("company"),
        rs.getString("contact_email"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getBoolean("chargeable"),
        ChangeStatus.valueOf(rs.getString("status")),
        rs.getString("process_instance_id"),
        rs.getString("plan_author"),
        rs.getString("plan_what"),
        rs.getString("plan_why"),
        rs.getString("plan_risk"),
        rs.getString("plan_rollback"),
        instant(rs, "window_start"),
        instant(rs, "window_end"),
        rs.getInt("review_round"),
        rs.getString("quote_reference"),
        rs.getString("quote_price"),
        rs.getString("customer_comment"),
        rs.getString("implementation_outcome"),
        rs.getString("report"),
        rs.getString("raised_by"),
        instant(rs, "raised_at"),
        instant(rs, "closed_at"),
        instant(rs, "updated_at"));
  }
}

package io.casedesk.emergency;

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
 * Declares and reads {@code red_flag}, and records the phoned roles in {@code red_flag_acknowledgement}; every later
 * change of either is {@link RedFlagChanges}'. Runs in the caller's transaction.
 */
@Repository
public class RedFlagRepository {

  private final JdbcClient jdbc;

  public RedFlagRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Fails with a {@code DuplicateKeyException} when the case already has an open red flag. */
  public void insert(RedFlag f) {
    jdbc.sql("""
        INSERT INTO red_flag (red_flag_number, process_instance_id, case_number, open_for_case, company, status,
            criterion, description, declared_automatically, product_group, declared_by, declared_at, updated_at)
        VALUES (:number, :processInstanceId, :caseNumber, :caseNumber, :company, :status, :criterion, :description,
            :automatic, :productGroup, :declaredBy, :declaredAt, :declaredAt)""")
        .param("number", f.number())
        .param("processInstanceId", f.processInstanceId())
        .param("caseNumber", f.caseNumber())
        .param("company", f.company())
        .param("status", f.status().name())
        .param("criterion", f.criterion())
        .param("description", f.description())
        .param("automatic", f.declaredAutomatically())
        .param("productGroup", f.productGroup())
        .param("declaredBy", f.declaredBy())
        .param("declaredAt", Timestamps.of(f.declaredAt()))
        .update();
  }

  public Optional<RedFlag> find(String number) {
    return jdbc.sql("SELECT * FROM red_flag WHERE red_flag_number = :n").param("n", number)
        .query(RedFlagRepository::map).optional();
  }

  public RedFlag get(String number) {
    return find(number).orElseThrow(() -> new IllegalStateException("No red flag " + number));
  }

  public Optional<RedFlag> openForCase(String caseNumber) {
    return jdbc.sql("SELECT * FROM red_flag WHERE open_for_case = :n").param("n", caseNumber)
        .query(RedFlagRepository::map).optional();
  }

  /** The case's most recent red flag, open or closed. */
  public Optional<RedFlag> latestForCase(String caseNumber) {
    return jdbc.sql("SELECT * FROM red_flag WHERE case_number = :n ORDER BY declared_at DESC, red_flag_number DESC")
        .param("n", caseNumber).query(RedFlagRepository::map).list().stream().findFirst();
  }

  /** Newest first; {@code company} narrows to one company's red flags (customers). */
  public List<RedFlag> search(RedFlagStatus status, String company, int limit) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (status != null) {
      where.append(" AND status = :status");
      params.put("status", status.name());
    }
    if (company != null) {
      where.append(" AND company = :company");
      params.put("company", company);
    }
    return jdbc.sql("SELECT * FROM red_flag" + where + " ORDER BY declared_at DESC, red_flag_number DESC LIMIT :limit")
        .params(params).param("limit", limit).query(RedFlagRepository::map).list();
  }

  /** A role was phoned; phoning it again (a re-entered task) keeps the first alert. */
  public void alerted(String number, String dutyRole, String group) {
    long known = jdbc.sql("SELECT COUNT(*) FROM red_flag_acknowledgement WHERE red_flag_number = :number "
            + "AND duty_role = :role")
        .param("number", number).param("role", dutyRole).query(Long.class).single();
    if (known == 0) {
      jdbc.sql("""
          INSERT INTO red_flag_acknowledgement (red_flag_number, duty_role, group_id, alerted_at)
          VALUES (:number, :role, :group, :at)""")
          .param("number", number).param("role", dutyRole).param("group", group)
          .param("at", Timestamps.now()).update();
    }
  }

  public List<RedFlag.Acknowledgement> acknowledgements(String number) {
    return jdbc.sql("SELECT * FROM red_flag_acknowledgement WHERE red_flag_number = :n ORDER BY id")
        .param("n", number)
        .query((rs, row) -> new RedFlag.Acknowledgement(rs.getString("duty_role"), rs.getString("group_id"),
            instant(rs, "alerted_at"), rs.getString("escalated_to"), instant(rs, "escalated_at"),
            rs.getString("acknowledged_by"), instant(rs, "acknowledged_at")))
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private static RedFlag map(ResultSet rs, int row) throws SQLException {
    return new RedFlag(
        rs.getString("red_flag_number"),
        rs.getString("process_instance_id"),
        rs.getString("case_number"),
        rs.getString("company"),
        RedFlagStatus.valueOf(rs.getString("status")),
        rs.getString("criterion"),
        rs.getString("description"),
        rs.getBoolean("declared_automatically"),
        rs.getString("product_group"),
        rs.getString("declared_by"),
        instant(rs, "declared_at"),
        rs.getInt("status_updates"),
        instant(rs, "last_status_update_at"),
        rs.getString("last_progress"),
        rs.getString("restored_by"),
        instant(rs, "restored_at"),
        instant(rs, "report_due"),
        instant(rs, "report_overdue_at"),
        rs.getString("root_cause"),
        rs.getString("corrective_actions"),
        rs.getString("report_submitted_by"),
        instant(rs, "report_submitted_at"),
        rs.getInt("report_rejections"),
        rs.getString("review_note"),
        rs.getString("report_accepted_by"),
        instant(rs, "report_accepted_at"),
        instant(rs, "closed_at"));
  }
}

package io.casedesk.complaints;

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
 * Registers, reads and searches {@code complaint}; every later change is {@link ComplaintChanges}'. Runs in the
 * caller's transaction (the engine's, inside delegates).
 */
@Repository
public class ComplaintRepository {

  private final JdbcClient jdbc;

  public ComplaintRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Complaint c) {
    jdbc.sql("""
        INSERT INTO complaint (complaint_id, process_instance_id, case_number, company, channel, complaint_class,
            description, contact_name, contact_email, contact_phone, status, opened_by, opened_at, updated_at)
        VALUES (:complaintId, :processInstanceId, :caseNumber, :company, :channel, :complaintClass, :description,
            :contactName, :contactEmail, :contactPhone, :status, :openedBy, :openedAt, :openedAt)""")
        .param("complaintId", c.complaintId())
        .param("processInstanceId", c.processInstanceId())
        .param("caseNumber", c.caseNumber())
        .param("company", c.company())
        .param("channel", c.channel())
        .param("complaintClass", c.complaintClass())
        .param("description", c.description())
        .param("contactName", c.contact().name())
        .param("contactEmail", c.contact().email())
        .param("contactPhone", c.contact().phone())
        .param("status", c.status().name())
        .param("openedBy", c.openedBy())
        .param("openedAt", Timestamps.of(c.openedAt()))
        .update();
  }

  public Optional<Complaint> find(String complaintId) {
    return jdbc.sql("SELECT * FROM complaint WHERE complaint_id = :id")
        .param("id", complaintId).query(ComplaintRepository::map).optional();
  }

  public Complaint get(String complaintId) {
    return find(complaintId).orElseThrow(() -> new IllegalStateException("No complaint " + complaintId));
  }

  public ComplaintPage search(ComplaintFilter filter, int page, int size) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (filter.status() != null) {
      where.append(" AND status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.complaintClass() != null) {
      where.append(" AND complaint_class = :complaintClass");
      params.put("complaintClass", filter.complaintClass());
    }
    if (filter.department() != null) {
      where.append(" AND department = :department");
      params.put("department", filter.department());
    }
    if (filter.company() != null) {
      where.append(" AND company = :company");
      params.put("company", filter.company());
    }
    if (filter.caseNumber() != null) {
      where.append(" AND case_number = :caseNumber");
      params.put("caseNumber", filter.caseNumber());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM complaint" + where).params(params).query(Long.class).single();
    List<Complaint> items = jdbc.sql("SELECT * FROM complaint" + where
            + " ORDER BY opened_at DESC, complaint_id DESC LIMIT :limit OFFSET :offset")
        .params(params).param("limit", size).param("offset", (long) page * size)
        .query(ComplaintRepository::map).list();
    return new ComplaintPage(items, page, size, total);
  }

  /** The complaints about a case, oldest first. */
  public List<Complaint> ofCase(String caseNumber) {
    return jdbc.sql("SELECT * FROM complaint WHERE case_number = :n ORDER BY opened_at, complaint_id")
        .param("n", caseNumber).query(ComplaintRepository::map).list();
  }

  /** Complaints received in {@code [from, to)}, of one company or of all when {@code company} is null. */
  public List<Complaint> receivedBetween(Instant from, Instant to, String company) {
    return jdbc.sql("SELECT * FROM complaint WHERE opened_at >= :from AND opened_at < :to"
            + (company == null ? "" : " AND company = :company") + " ORDER BY opened_at, complaint_id")
        .params(period(from, to, company)).query(ComplaintRepository::map).list();
  }

  /** Complaints closed in {@code [from, to)}, of one company or of all when {@code company} is null. */
  public List<Complaint> closedBetween(Instant from, Instant to, String company) {
    return jdbc.sql("SELECT * FROM complaint WHERE status = 'CLOSED' AND closed_at >= :from AND closed_at < :to"
            + (company == null ? "" : " AND company = :company") + " ORDER BY closed_at, complaint_id")
        .params(period(from, to, company)).query(ComplaintRepository::map).list();
  }

  public record ComplaintFilter(ComplaintStatus status, String complaintClass, String department, String company,
      String caseNumber) {

    ComplaintFilter ofCompany(String company) {
      return new ComplaintFilter(status, complaintClass, department, company, caseNumber);
    }
  }

  public record ComplaintPage(List<Complaint> items, int page, int size, long total) {}

  private static Map<String, Object> period(Instant from, Instant to, String company) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("from", Timestamps.of(from));
    params.put("to", Timestamps.of(to));
    if (company != null) {
      params.put("company", company);
    }
    return params;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private static Complaint map(ResultSet rs, int row) throws SQLException {
    boolean satisfied = rs.getBoolean("satisfied");
    Boolean satisfiedOrNull = rs.wasNull() ? null : satisfied;
    int score = rs.getInt("satisfaction_score");
    Integer scoreOrNull = rs.wasNull() ? null : score;
    return new Complaint(
        rs.getString("complaint_id"),
        rs.getString("process_instance_id"),
        rs.getString("case_number"),
        rs.getString("company"),
        rs.getString("channel"),
        rs.getString("complaint_class"),
        rs.getString("description"),
        new Complaint.Contact(rs.getString("contact_name"), rs.getString("contact_email"),
            rs.getString("contact_phone")),
        ComplaintStatus.valueOf(rs.getString("status")),
        rs.getString("department"),
        rs.getString("candidate_group"),
        rs.getString("head_group"),
        rs.getInt("escalation_level"),
        instant(rs, "answer_due"),
        instant(rs, "answered_at"),
        instant(rs, "reinvestigation_due"),
        instant(rs, "reinvestigation_answered_at"),
        rs.getInt("reopen_count"),
        rs.getString("answer"),
        rs.getString("answered_by"),
        satisfiedOrNull,
        scoreOrNull,
        rs.getString("satisfaction_note"),
        rs.getString("settlement"),
        rs.getString("settled_by"),
        rs.getString("opened_by"),
        instant(rs, "opened_at"),
        instant(rs, "closed_at"));
  }
}

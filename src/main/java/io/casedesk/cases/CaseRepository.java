package io.casedesk.cases;

import io.casedesk.process.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Registers and reads {@code support_case}; every later change goes through {@link CaseChanges}. Runs in the caller's
 * transaction (the engine's, inside delegates).
 */
@Repository
public class CaseRepository {

  private final JdbcClient jdbc;

  public CaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Registers a case: status {@code NEW} until triage has run. */
  public void insert(NewCase c) {
    jdbc.sql("""
        INSERT INTO support_case (case_number, process_instance_id, company, contract_id, caller_name, caller_company,
            caller_phone, caller_email, caller_address, product, category, impact, urgency, subject, description,
            channel, status, related_case_number, opened_by, opened_at, updated_at)
        VALUES (:caseNumber, :processInstanceId, :company, :contractId, :callerName, :callerCompany, :callerPhone,
            :callerEmail, :callerAddress, :product, :category, :impact, :urgency, :subject, :description,
            :channel, :status, :relatedCaseNumber, :openedBy, :openedAt, :openedAt)""")
        .param("caseNumber", c.caseNumber())
        .param("processInstanceId", c.processInstanceId())
        .param("company", c.company())
        .param("contractId", c.contractId())
        .param("callerName", c.caller().name())
        .param("callerCompany", c.caller().company())
        .param("callerPhone", c.caller().phone())
        .param("callerEmail", c.caller().email())
        .param("callerAddress", c.caller().address())
        .param("product", c.product())
        .param("category", c.category())
        .param("impact", c.impact())
        .param("urgency", c.urgency())
        .param("subject", c.subject())
        .param("description", c.description())
        .param("channel", c.channel())
        .param("status", CaseStatus.NEW.name())
        .param("relatedCaseNumber", c.relatedCaseNumber())
        .param("openedBy", c.openedBy())
        .param("openedAt", Timestamps.of(c.openedAt()))
        .update();
  }

  public Optional<SupportCase> find(String caseNumber) {
    return jdbc.sql("SELECT * FROM support_case WHERE case_number = :n")
        .param("n", caseNumber).query(CaseRepository::map).optional();
  }

  public SupportCase get(String caseNumber) {
    return find(caseNumber).orElseThrow(() -> new IllegalStateException("No case " + caseNumber));
  }

  public CasePage search(CaseFilter filter, int page, int size) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.append(" AND status IN (:statuses)");
      params.put("statuses", filter.statuses().stream().map(Enum::name).sorted().toList());
    }
    if (filter.priority() != null) {
      where.append(" AND priority = :priority");
      params.put("priority", filter.priority());
    }
    if (filter.queue() != null) {
      where.append(" AND queue = :queue");
      params.put("queue", filter.queue());
    }
    if (filter.company() != null) {
      where.append(" AND company = :company");
      params.put("company", filter.company());
    }
    if (filter.openedBy() != null) {
      where.append(" AND opened_by = :openedBy");
      params.put("openedBy", filter.openedBy());
    }
    if (filter.engineer() != null) {
      where.append(" AND assignee = :engineer");
      params.put("engineer", filter.engineer());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(" AND (LOWER(case_number) LIKE :text ESCAPE '\\' OR LOWER(subject) LIKE :text ESCAPE '\\'"
          + " OR LOWER(description) LIKE :text ESCAPE '\\')");
      params.put("text", "%" + filter.text().strip().toLowerCase(java.util.Locale.ROOT)
          .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM support_case" + where).params(params).query(Long.class).single();
    List<Listed> items = jdbc.sql("SELECT * FROM support_case" + where
            + " ORDER BY opened_at DESC, case_number DESC LIMIT :limit OFFSET :offset")
        .params(params).param("limit", size).param("offset", (long) page * size)
        .query((rs, row) -> new Listed(map(rs, row), instant(rs, "waiting_since"))).list();
    return new CasePage(items, page, size, total);
  }

  /**
   * What a case list may be narrowed to; {@code null} (or an empty set of statuses) leaves a criterion out.
   * {@code openedBy} is the user (or, for a case opened by e-mail, the address) that opened the case,
   * {@code engineer} the engineer who owns it (its assignee, kept while it waits for the customer).
   */
  /** {@code text}: found in the case number, subject or description, ignoring case. */
  public record CaseFilter(Set<CaseStatus> statuses, String priority, String queue, String company, String openedBy,
      String engineer, String text) {

    public CaseFilter(CaseStatus status, String priority, String queue, String company) {
      this(status == null ? Set.of() : Set.of(status), priority, queue, company, null, null, null);
    }

    /** The same criteria, within a company's cases. */
    public CaseFilter withCompany(String company) {
      return new CaseFilter(statuses, priority, queue, company, openedBy, engineer, text);
    }
  }

  /** A case in a list, with the time it began to wait for the customer (while it does). */
  public record Listed(SupportCase supportCase, Instant waitingSince) {}

  public record CasePage(List<Listed> items, int page, int size, long total) {}

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private static SupportCase map(ResultSet rs, int row) throws SQLException {
    int survey = rs.getInt("survey_score");
    Integer surveyScore = rs.wasNull() ? null : survey;
    return new SupportCase(
        rs.getString("case_number"),
        rs.getString("process_instance_id"),
        rs.getString("company"),
        rs.getString("contract_id"),
        rs.getString("service_level"),
        new SupportCase.Caller(rs.getString("caller_name"), rs.getString("caller_company"),
            rs.getString("caller_phone"), rs.getString("caller_email"), rs.getString("caller_address")),
        rs.getString("product"),
        rs.getString("category"),
        rs.getString("impact"),
        rs.getString("urgency"),
        rs.getString("subject"),
        rs.getString("description"),
        rs.getString("channel"),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getString("priority"),
        rs.getString("queue"),
        rs.getString("candidate_group"),
        rs.getString("assignee"),
        rs.getInt("escalation_level"),
        instant(rs, "first_response_due"),
        instant(rs, "resolution_due"),
        rs.getBoolean("sla_paused"),
        instant(rs, "first_responded_at"),
        instant(rs, "resolved_at"),
        instant(rs, "closed_at"),
        rs.getString("vendor_case_number"),
        rs.getString("solution"),
        rs.getString("related_case_number"),
        rs.getInt("reopen_count"),
        surveyScore,
        rs.getString("survey_comment"),
        rs.getString("opened_by"),
        instant(rs, "opened_at"),
        instant(rs, "updated_at"));
  }
}

package io.casedesk.health;

import io.casedesk.process.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The alerts ({@code health_alert}, one per fingerprint, with its current case) and their firings
 * ({@code health_event}, one per fingerprint and start), in the caller's transaction. Every change that must happen
 * once is a conditional UPDATE or an INSERT under a unique key, so two nodes taking the same notice change it once.
 */
@Repository
public class HealthAlerts {

  /** An alert and the case its firings go to (none when it only ever came resolved). */
  public record Alert(String fingerprint, String alertName, String serialNumber, String caseNumber) {}

  /** One firing of an alert: from its start to its end (none while it fires). */
  public record Firing(long id, String fingerprint, Instant startsAt, Instant endsAt, boolean downtime,
      String caseNumber, Instant lastNoticeAt, int notices) {}

  /** A firing that counts as downtime, on a system. */
  public record Downtime(String serialNumber, String product, Instant startsAt, Instant endsAt) {}

  private final JdbcClient jdbc;

  public HealthAlerts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The alert, its row locked until the transaction ends, so that one node at a time takes its notices. */
  public Optional<Alert> lock(String fingerprint) {
    return jdbc.sql("SELECT fingerprint, alert_name, serial_number, case_number FROM health_alert"
            + " WHERE fingerprint = :fingerprint FOR UPDATE")
        .param("fingerprint", fingerprint)
        .query((rs, n) -> new Alert(rs.getString("fingerprint"), rs.getString("alert_name"),
            rs.getString("serial_number"), rs.getString("case_number")))
        .optional();
  }

  /** A new alert; {@link DuplicateKeyException} when another transaction registered it first. */
  public void insert(String fingerprint, String alertName, MonitoredSystem system, String caseNumber)
      throws DuplicateKeyException {
    jdbc.sql("""
            INSERT INTO health_alert (fingerprint, alert_name, serial_number, contract_id, company, product,
                                      case_number, created_at, updated_at)
            VALUES (:fingerprint, :alertName, :serial, :contractId, :company, :product, :caseNumber, :now, :now)""")
        .param("fingerprint", fingerprint).param("alertName", alertName).param("serial", system.serialNumber())
        .param("contractId", system.contractId()).param("company", system.company())
        .param("product", system.product()).param("caseNumber", caseNumber).param("now", Timestamps.now())
        .update();
  }

  /** The alert's firings go to this case from now on (its earlier case was closed). */
  public void moveTo(String fingerprint, String caseNumber) {
    jdbc.sql("UPDATE health_alert SET case_number = :caseNumber, updated_at = :now WHERE fingerprint = :fingerprint")
        .param("caseNumber", caseNumber).param("now", Timestamps.now()).param("fingerprint", fingerprint).update();
  }

  public Optional<Firing> firing(String fingerprint, Instant startsAt) {
    return jdbc.sql("SELECT * FROM health_event WHERE fingerprint = :fingerprint AND starts_at = :startsAt")
        .param("fingerprint", fingerprint).param("startsAt", Timestamp.from(startsAt))
        .query(HealthAlerts::firing).optional();
  }

  /** The firings of an alert, oldest first. */
  public List<Firing> firings(String fingerprint) {
    return jdbc.sql("SELECT * FROM health_event WHERE fingerprint = :fingerprint ORDER BY starts_at, id")
        .param("fingerprint", fingerprint).query(HealthAlerts::firing).list();
  }

  /** A new firing (ended already when its first notice is the resolved one). */
  public void insertFiring(String fingerprint, Instant startsAt, Instant endsAt, String severity, boolean downtime,
      String caseNumber) {
    jdbc.sql("""
            INSERT INTO health_event (fingerprint, starts_at, ends_at, severity, downtime, case_number,
                                      first_notice_at, last_notice_at, notices)
            VALUES (:fingerprint, :startsAt, :endsAt, :severity, :downtime, :caseNumber, :now, :now, 1)""")
        .param("fingerprint", fingerprint).param("startsAt", Timestamp.from(startsAt))
        .param("endsAt", Timestamps.of(endsAt)).param("severity", severity).param("downtime", downtime)
        .param("caseNumber", caseNumber).param("now", Timestamps.now())
        .update();
  }

  /**
   * A firing notice again: true, and noted, when the last notice of this firing came before {@code retriesUntil}
   * (a repeat); false when it came later (a retry of the same delivery) or the firing has ended.
   */
  public boolean noticedAgain(long id, Instant retriesUntil) {
    return jdbc.sql("""
            UPDATE health_event SET last_notice_at = :now, notices = notices + 1
            WHERE id = :id AND ends_at IS NULL AND last_notice_at <= :retriesUntil""")
        .param("now", Timestamps.now()).param("id", id).param("retriesUntil", Timestamp.from(retriesUntil))
        .update() == 1;
  }

  /** The firing ended: true the first time, false when its end was already recorded. */
  public boolean ended(long id, Instant endsAt) {
    return jdbc.sql("""
            UPDATE health_event SET ends_at = :endsAt, last_notice_at = :now, notices = notices + 1
            WHERE id = :id AND ends_at IS NULL""")
        .param("endsAt", Timestamp.from(endsAt)).param("now", Timestamps.now()).param("id", id)
        .update() == 1;
  }

  /** The company's firings that count as downtime and overlap the period {@code [from, to)}. */
  public List<Downtime> downtimeOf(String company, Instant from, Instant to) {
    return jdbc.sql("""
            SELECT a.serial_number, a.product, e.starts_at, e.ends_at FROM health_event e
            JOIN health_alert a ON a.fingerprint = e.fingerprint
            WHERE LOWER(a.company) = LOWER(:company) AND e.downtime = TRUE AND e.starts_at < :to
              AND (e.ends_at IS NULL OR e.ends_at > :from)
            ORDER BY a.serial_number, e.starts_at""")
        .param("company", company.strip()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
        .query((rs, n) -> new Downtime(rs.getString("serial_number"), rs.getString("product"), instant(rs, "starts_at"),
            instant(rs, "ends_at")))
        .list();
  }

  private static Firing firing(ResultSet rs, int row) throws SQLException {
    return new Firing(rs.getLong("id"), rs.getString("fingerprint"), instant(rs, "starts_at"),
        instant(rs, "ends_at"), rs.getBoolean("downtime"), rs.getString("case_number"),
        instant(rs, "last_notice_at"), rs.getInt("notices"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}

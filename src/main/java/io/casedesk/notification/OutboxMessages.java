package io.casedesk.notification;

import io.casedesk.process.EngineClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox as operators see it: each message with its sending state. */
@Repository
public class OutboxMessages {

  public enum Status { PENDING, SENT, FAILED }

  public record Entry(long id, String caseNumber, NotificationKind kind, Notification.RecipientType recipientType,
      String recipient, Status status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
      String lastError, String messageId) {}

  public record Page(List<Entry> items, int page, int size, long total) {}

  private final JdbcClient jdbc;

  public OutboxMessages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Page page(Status status, String caseNumber, int page, int size) {
    String where = " WHERE 1 = 1" + (status == null ? "" : " AND status = :status")
        + (caseNumber == null ? "" : " AND case_number = :caseNumber");
    var count = jdbc.sql("SELECT COUNT(*) FROM outbox" + where);
    var list = jdbc.sql("SELECT * FROM outbox" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
        .param("limit", size).param("offset", (long) page * size);
    if (status != null) {
      count = count.param("status", status.name());
      list = list.param("status", status.name());
    }
    if (caseNumber != null) {
      count = count.param("caseNumber", caseNumber);
      list = list.param("caseNumber", caseNumber);
    }
    return new Page(list.query(OutboxMessages::map).list(), page, size, count.query(Long.class).single());
  }

  public Optional<Entry> find(long id) {
    return jdbc.sql("SELECT * FROM outbox WHERE id = :id").param("id", id).query(OutboxMessages::map).optional();
  }

  /** The case of a message Casedesk sent with this Message-ID (replies name it in In-Reply-To or References). */
  public Optional<String> caseOfMessageId(String messageId) {
    return jdbc.sql("SELECT case_number FROM outbox WHERE message_id = :id AND case_number IS NOT NULL")
        .param("id", messageId).query(String.class).list().stream().findFirst();
  }

  /** Whether the address got a message of this kind since the given time. */
  public boolean sentRecently(String address, NotificationKind kind, Instant since) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM outbox WHERE recipient_type = 'CUSTOMER' AND LOWER(recipient) = LOWER(:address)
            AND kind = :kind AND created_at >= :since""")
        .param("address", address).param("kind", kind.name()).param("since", Timestamp.from(since))
        .query(Long.class).single() > 0;
  }

  /** What waits in the outbox: messages still to be sent, and messages given up on (FAILED) for an operator. */
  public record Backlog(long pending, long failed, Instant oldestPending) {}

  /** One cheap query (index on status): for health and metrics. */
  public Backlog backlog() {
    long[] counts = new long[2];
    Instant[] oldest = new Instant[1];
    jdbc.sql("SELECT status, COUNT(*) AS n, MIN(created_at) AS oldest FROM outbox"
            + " WHERE status IN ('PENDING', 'FAILED') GROUP BY status")
        .query(rs -> {
          if ("PENDING".equals(rs.getString("status"))) {
            counts[0] = rs.getLong("n");
            oldest[0] = instant(rs, "oldest");
          } else {
            counts[1] = rs.getLong("n");
          }
        });
    return new Backlog(counts[0], counts[1], oldest[0]);
  }

  /** Puts a FAILED message back in the queue with fresh attempts; false if it is not FAILED. */
  public boolean retry(long id) {
    return jdbc.sql("""
            UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now, claimed_by = NULL,
                claimed_until = NULL WHERE id = :id AND status = 'FAILED'""")
        .param("id", id).param("now", Timestamp.from(EngineClock.now())).update() == 1;
  }

  private static Entry map(ResultSet rs, int row) throws SQLException {
    return new Entry(rs.getLong("id"), rs.getString("case_number"), kind(rs.getString("kind")),
        Notification.RecipientType.valueOf(rs.getString("recipient_type")), rs.getString("recipient"),
        Status.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "created_at"),
        instant(rs, "next_attempt_at"), instant(rs, "sent_at"), rs.getString("last_error"), rs.getString("message_id"));
  }

  private static NotificationKind kind(String name) {
    return NotificationKind.valueOf(name);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}

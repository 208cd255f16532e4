package io.casedesk.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.process.EngineClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notifications are written to the outbox table in the transaction of the process step that causes them, so
 * a step that rolls back sends nothing and a step that commits cannot lose its message. A sender drains it.
 */
@Component
public class Outbox implements NotificationPort {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public Outbox(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public void send(Notification n) {
    if (n.recipient() == null || n.recipient().isBlank()) {
      return; // e.g. a phone case without an e-mail address: the hotline informs the customer by phone
    }
    jdbc.sql("""
        INSERT INTO outbox (case_number, kind, recipient_type, recipient, payload, status, created_at, next_attempt_at)
        VALUES (:caseNumber, :kind, :recipientType, :recipient, :payload, 'PENDING', :at, :at)""")
        .param("caseNumber", n.caseNumber())
        .param("kind", n.kind().name())
        .param("recipientType", n.recipientType().name())
        .param("recipient", n.recipient())
        .param("payload", toJson(n.data()))
        .param("at", Timestamp.from(EngineClock.now()))
        .update();
  }

  public List<OutboxMessage> ofCase(String caseNumber) {
    return jdbc.sql("SELECT * FROM outbox WHERE case_number = :n ORDER BY id").param("n", caseNumber)
        .query((rs, row) -> new OutboxMessage(rs.getLong("id"), rs.getString("case_number"),
            NotificationKind.valueOf(rs.getString("kind")),
            Notification.RecipientType.valueOf(rs.getString("recipient_type")), rs.getString("recipient"),
            rs.getString("payload"), rs.getString("status"), rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  public record OutboxMessage(long id, String caseNumber, NotificationKind kind,
      Notification.RecipientType recipientType, String recipient, String payload, String status,
      Instant createdAt) {}

  private String toJson(Map<String, Object> data) {
    try {
      return json.writeValueAsString(data == null ? Map.of() : data);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Notification data is not serialisable: " + data, e);
    }
  }
}

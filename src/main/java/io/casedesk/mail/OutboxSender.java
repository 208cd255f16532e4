package io.casedesk.mail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.cases.CaseRepository;
import io.casedesk.contracts.MailSenders;
import io.casedesk.notification.MailTemplates;
import io.casedesk.notification.Notification.RecipientType;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.OutboxProperties;
import io.casedesk.notification.Recipients;
import io.casedesk.process.EngineClock;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Drains the outbox: sends each due message as e-mail, once, even when several nodes drain the same table.
 *
 * <p>A node first claims a message with a conditional UPDATE that gives it a lease ({@code claimed_by},
 * {@code claimed_until}); only one node's UPDATE can match, on PostgreSQL and H2 alike. It then sends outside any
 * transaction and records the outcome. A failure is retried with exponential back-off until
 * {@code casedesk.outbox.max-attempts}, then the message is FAILED for an operator ({@code GET /api/outbox}).
 * A node that dies while sending loses its lease, and the message is sent again after it expires: at least once.
 *
 * <p>Without SMTP ({@code spring.mail.host}) or a support address ({@code casedesk.mail.from}) nothing is sent and
 * notifications wait in the outbox.
 */
@Component
public class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final MailProperties mail;
  private final OutboxProperties outbox;
  private final MailTemplates templates;
  private final Recipients recipients;
  private final CaseRepository cases;
  private final MailSenders senders;
  private final ObjectMapper json;
  private final String node;

  public OutboxSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, MailProperties mail,
      OutboxProperties outbox, MailTemplates templates, Recipients recipients, CaseRepository cases,
      MailSenders senders, ObjectMapper json) {
    this.jdbc = jdbc;
    this.mailSender = mailSender;
    this.mail = mail;
    this.outbox = outbox;
    this.templates = templates;
    this.recipients = recipients;
    this.cases = cases;
    this.senders = senders;
    this.json = json;
    this.node = nodeName();
  }

  /** Whether this server sends e-mail at all. */
  public boolean enabled() {
    return mail.sends() && mailSender.getIfAvailable() != null;
  }

  /** Sends the messages that are due; returns how many it tried (sent, or failed and rescheduled or FAILED). */
  public int drain() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null || !mail.sends()) {
      return 0;
    }
    Instant now = EngineClock.now();
    List<Long> due = jdbc.sql("""
            SELECT id FROM outbox WHERE status = 'PENDING'
            AND (next_attempt_at IS NULL OR next_attempt_at <= :now)
            AND (claimed_until IS NULL OR claimed_until < :now)
            ORDER BY next_attempt_at, id LIMIT :limit""")
        .param("now", Timestamp.from(now)).param("limit", outbox.batchSize())
        .query(Long.class).list();
    int tried = 0;
    for (long id : due) {
      if (claim(id, now)) {
        send(id, sender);
        tried++;
      }
    }
    return tried;
  }

  private boolean claim(long id, Instant now) {
    return jdbc.sql("""
            UPDATE outbox SET claimed_by = :node, claimed_until = :until, message_id = COALESCE(message_id, :messageId)
            WHERE id = :id AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < :now)""")
        .param("node", node)
        .param("until", Timestamp.from(now.plus(outbox.lease())))
        .param("messageId", newMessageId())
        .param("id", id)
        .param("now", Timestamp.from(now))
        .update() == 1;
  }

  private boolean send(long id, JavaMailSender sender) {
    Row row = jdbc.sql("SELECT * FROM outbox WHERE id = :id").param("id", id)
        .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("case_number"), rs.getString("kind"),
            RecipientType.valueOf(rs.getString("recipient_type")), rs.getString("recipient"), rs.getString("payload"),
            rs.getInt("attempts"), rs.getString("message_id")))
        .single();
    MimeMessage message;
    try {
      message = compose(row, sender);
    } catch (Recipients.NoAddressException | IllegalArgumentException | jakarta.mail.MessagingException e) {
      fail(row, e, true);
      return false;
    } catch (RuntimeException e) {
      fail(row, e, false);
      return false;
    }
    try {
      sender.send(message);
    } catch (RuntimeException e) {
      fail(row, e, false);
      return false;
    }
    jdbc.sql("""
            UPDATE outbox SET status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = NULL,
                claimed_by = NULL, claimed_until = NULL WHERE id = :id AND claimed_by = :node""")
        .param("now", Timestamp.from(EngineClock.now())).param("id", row.id()).param("node", node).update();
    return true;
  }

  private MimeMessage compose(Row row, JavaMailSender sender) throws jakarta.mail.MessagingException {
    NotificationKind kind = NotificationKind.valueOf(row.kind());
    List<String> to = recipients.addresses(row.recipientType(), row.recipient());
    Map<String, Object> data = data(row);
    String language = language(row, data);
    MailTemplates.RenderedMail rendered = templates.render(kind, row.caseNumber(), data, language, mail.publicUrl());

    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
    helper.setFrom(new InternetAddress(mail.from(), true));
    InternetAddress[] addresses = new InternetAddress[to.size()];
    for (int i = 0; i < to.size(); i++) {
      addresses[i] = new InternetAddress(to.get(i), true);
    }
    helper.setTo(addresses);
    helper.setSubject(rendered.subject());
    helper.setText(rendered.text(), rendered.html());
    // Spring keeps a Message-ID set before sending; replies name it in In-Reply-To
    message.setHeader("Message-ID", row.messageId());
    // RFC 3834: no vacation replies or other auto-answers to notifications (they would loop back to us)
    message.setHeader("Auto-Submitted", "auto-generated");
    message.setHeader("X-Auto-Response-Suppress", "All");
    if (row.caseNumber() != null) {
      message.setHeader("X-Casedesk-Case", row.caseNumber());
    }
    Object inReplyTo = data.get("inReplyTo");
    if (inReplyTo instanceof String original && !original.isBlank()) {
      message.setHeader("In-Reply-To", original);
      message.setHeader("References", original);
    }
    if (language != null) {
      message.setHeader("Content-Language", language);
    }
    return message;
  }

  /** The notification's data, with the case's subject and customer name when the step did not give them. */
  private Map<String, Object> data(Row row) {
    Map<String, Object> data;
    try {
      data = new LinkedHashMap<>(json.readValue(row.payload(), DATA));
    } catch (Exception e) {
      throw new IllegalArgumentException("Unreadable notification data: " + e.getMessage(), e);
    }
    if (row.caseNumber() != null) {
      cases.find(row.caseNumber()).ifPresent(c -> {
        data.putIfAbsent("subject", c.subject());
        if (row.recipientType() == RecipientType.CUSTOMER && c.caller() != null) {
          data.putIfAbsent("customerName", c.caller().name());
        }
      });
    }
    return data;
  }

  /** The notification's own language, else the customer contact's, else the default. */
  private String language(Row row, Map<String, Object> data) {
    if (data.get("language") instanceof String language && !language.isBlank()) {
      return language;
    }
    if (row.recipientType() == RecipientType.CUSTOMER) {
      return senders.languageOf(row.recipient()).orElse(mail.defaultLanguage());
    }
    return mail.defaultLanguage();
  }

  private void fail(Row row, Exception e, boolean permanent) {
    int attempts = row.attempts() + 1;
    boolean failed = permanent || attempts >= outbox.maxAttempts();
    Instant now = EngineClock.now();
    String error = describe(e);
    jdbc.sql("""
            UPDATE outbox SET status = :status, attempts = :attempts, next_attempt_at = :next, last_error = :error,
                claimed_by = NULL, claimed_until = NULL WHERE id = :id AND claimed_by = :node""")
        .param("status", failed ? "FAILED" : "PENDING")
        .param("attempts", attempts)
        .param("next", Timestamp.from(now.plus(outbox.backoff(attempts))))
        .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
        .param("id", row.id())
        .param("node", node)
        .update();
    if (failed) {
      log.error("Outbox message {} ({} to {}) FAILED after {} attempt(s): {}", row.id(), row.kind(), row.recipient(),
          attempts, error);
    } else {
      log.warn("Outbox message {} ({} to {}) not sent, attempt {} of {}: {}", row.id(), row.kind(), row.recipient(),
          attempts, outbox.maxAttempts(), error);
    }
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      text.append("; ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
    }
    return text.toString();
  }

  private String newMessageId() {
    String from = mail.from() == null ? "" : mail.from();
    int at = from.lastIndexOf('@');
    String domain = at < 0 ? "casedesk.local" : from.substring(at + 1).replace(">", "").strip();
    return "<casedesk." + UUID.randomUUID() + "@" + domain + ">";
  }

  private static String nodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "node";
    }
    String name = host + "/" + UUID.randomUUID().toString().substring(0, 8);
    return name.length() > 128 ? name.substring(name.length() - 128) : name;
  }

  private record Row(long id, String caseNumber, String kind, RecipientType recipientType, String recipient,
      String payload, int attempts, String messageId) {}
}

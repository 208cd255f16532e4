package io.casedesk.operations;

import io.casedesk.mail.MailProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.URLName;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether the mail servers answer: SMTP (outgoing, {@code spring.mail.*}) and the IMAP mailbox
 * ({@code casedesk.mail.imap-url}). A check connects and logs in. The health group {@code mail} checks on every
 * call; the metric {@code casedesk_mail_server_up} uses the last result and checks again when it is older than a
 * minute, so a scrape does not open connections each time. A server that is not configured is UNKNOWN (NaN).
 */
@Component
public class MailServerChecks {

  static final String SMTP = "smtp";
  static final String IMAP = "imap";
  private static final long REUSE_NANOS = 60_000_000_000L;
  private static final String TIMEOUT_MILLIS = "5000";

  private record Checked(Health health, long atNanos) {}

  private final ObjectProvider<JavaMailSender> sender;
  private final MailProperties mail;
  private final Map<String, Checked> last = new ConcurrentHashMap<>();

  public MailServerChecks(ObjectProvider<JavaMailSender> sender, MailProperties mail) {
    this.sender = sender;
    this.mail = mail;
  }

  public Health smtp() {
    return remember(SMTP, checkSmtp());
  }

  public Health imap() {
    return remember(IMAP, checkImap());
  }

  /** 1 when the server answered at its last check, 0 when not, NaN when it is not configured. */
  public double up(String server) {
    Checked checked = last.get(server);
    Health health = checked != null && System.nanoTime() - checked.atNanos() < REUSE_NANOS ? checked.health()
        : SMTP.equals(server) ? smtp() : imap();
    if (Status.UNKNOWN.equals(health.getStatus())) {
      return Double.NaN;
    }
    return Status.UP.equals(health.getStatus()) ? 1 : 0;
  }

  private Health remember(String server, Health health) {
    last.put(server, new Checked(health, System.nanoTime()));
    return health;
  }

  private Health checkSmtp() {
    if (!(sender.getIfAvailable() instanceof JavaMailSenderImpl smtp) || !mail.sends()) {
      return Health.unknown().withDetail("configured", false)
          .withDetail("meaning", "no SPRING_MAIL_HOST or CASEDESK_MAIL_FROM: notifications wait in the outbox").build();
    }
    String location = smtp.getHost() + ":" + (smtp.getPort() > 0 ? smtp.getPort() : 25);
    try {
      smtp.testConnection();
      return Health.up().withDetail("location", location).build();
    } catch (MessagingException | RuntimeException e) {
      return Health.down().withDetail("location", location).withDetail("error", e.getMessage()).build();
    }
  }

  private Health checkImap() {
    if (!mail.reads()) {
      return Health.unknown().withDetail("configured", false)
          .withDetail("meaning", "no CASEDESK_MAIL_IMAP_URL: no e-mail is read").build();
    }
    URLName url = new URLName(mail.imapUrl());
    String location = url.getHost() + ":" + (url.getPort() > 0 ? url.getPort() : "default");
    Properties properties = new Properties();
    for (String protocol : new String[] {"imap", "imaps"}) {
      properties.setProperty("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
      properties.setProperty("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
    }
    try (Store store = Session.getInstance(properties).getStore(url)) {
      store.connect();
      return Health.up().withDetail("location", location).build();
    } catch (MessagingException | RuntimeException e) {
      return Health.down().withDetail("location", location).withDetail("error", e.getMessage()).build();
    }
  }
}

package io.casedesk.operations;

import io.casedesk.mail.MailProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.URLName;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether the mail servers answer: SMTP (outgoing, {@code spring.mail.*}) and the IMAP mailbox
 * ({@code casedesk.mail.imap-url}). A check connects and logs in; its result serves the health group {@code mail} and
 * the metric {@code casedesk_mail_server_up} for {@code casedesk.mail.health-check-interval} (30 s), so that neither
 * anonymous health calls nor scrapes make the node open a connection to the mail servers each time. A server that is
 * not configured is UNKNOWN (NaN).
 */
@Component
public class MailServerChecks {

  static final String SMTP = "smtp";
  static final String IMAP = "imap";
  private static final String TIMEOUT_MILLIS = "5000";

  private record Checked(Health health, long atNanos) {}

  private final ObjectProvider<JavaMailSender> sender;
  private final MailProperties mail;
  private final Map<String, Checked> last = new ConcurrentHashMap<>();
  private final long reuseNanos;

  public MailServerChecks(ObjectProvider<JavaMailSender> sender, MailProperties mail,
      @Value("${casedesk.mail.health-check-interval:30s}") Duration reuse) {
    this.sender = sender;
    this.mail = mail;
    this.reuseNanos = reuse.toNanos();
  }

  public Health smtp() {
    return recent(SMTP);
  }

  public Health imap() {
    return recent(IMAP);
  }

  /** 1 when the server answered at its last check, 0 when not, NaN when it is not configured. */
  public double up(String server) {
    Health health = recent(server);
    if (Status.UNKNOWN.equals(health.getStatus())) {
      return Double.NaN;
    }
    return Status.UP.equals(health.getStatus()) ? 1 : 0;
  }

  private Health recent(String server) {
    Checked checked = last.get(server);
    if (checked != null && System.nanoTime() - checked.atNanos() < reuseNanos) {
      return checked.health();
    }
    Health health = SMTP.equals(server) ? checkSmtp() : checkImap();
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

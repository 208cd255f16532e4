package io.casedesk.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Drains the outbox every {@code casedesk.outbox.drain-interval}; off with {@code casedesk.outbox.scheduled=false}. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "casedesk.outbox.scheduled", havingValue = "true", matchIfMissing = true)
public class OutboxSchedule {

  private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

  private final OutboxSender sender;

  public OutboxSchedule(OutboxSender sender) {
    this.sender = sender;
    if (!sender.enabled()) {
      log.warn("Outgoing e-mail is off (set SPRING_MAIL_HOST and CASEDESK_MAIL_FROM): notifications stay in the outbox");
    }
  }

  @Scheduled(fixedDelayString = "${casedesk.outbox.drain-interval:10s}", initialDelayString = "${casedesk.outbox.drain-interval:10s}")
  public void drain() {
    try {
      sender.drain();
    } catch (RuntimeException e) {
      // e.g. the database is briefly unreachable: the next drain tries again
      log.warn("Draining the outbox failed: {}", e.toString());
    }
  }
}

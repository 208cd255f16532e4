package io.casedesk.operations;

import io.casedesk.notification.OutboxMessages;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The health group {@code mail} ({@code /actuator/health/mail}): {@code smtp}, {@code imap} and {@code outbox}. A mail
 * outage shows here, DOWN, and in the overall {@code /actuator/health}, but not in the liveness and readiness probes
 * ({@code /actuator/health/liveness}, {@code /readiness}): the outbox keeps every notification until the server is
 * back, so a node without mail is still alive and serves its users. Spring Boot's own {@code mail} indicator is off
 * ({@code management.health.mail.enabled=false}); {@code smtp} replaces it.
 */
@Configuration(proxyBeanMethods = false)
public class MailHealth {

  @Bean
  HealthIndicator smtpHealthIndicator(MailServerChecks checks) {
    return checks::smtp;
  }

  @Bean
  HealthIndicator imapHealthIndicator(MailServerChecks checks) {
    return checks::imap;
  }

  /** Always UP: how much waits, and how much an operator must look at ({@code GET /api/outbox?status=FAILED}). */
  @Bean
  HealthIndicator outboxHealthIndicator(OutboxMessages outbox) {
    return () -> {
      OutboxMessages.Backlog backlog = outbox.backlog();
      Health.Builder health = Health.up().withDetail("pending", backlog.pending())
          .withDetail("failed", backlog.failed());
      if (backlog.oldestPending() != null) {
        health.withDetail("oldestPendingSince", backlog.oldestPending().toString());
      }
      return health.build();
    };
  }
}

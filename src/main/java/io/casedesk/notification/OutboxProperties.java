package io.casedesk.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is drained ({@code casedesk.outbox.*}).
 *
 * @param scheduled     whether a timer drains it (tests call {@link io.casedesk.mail.OutboxSender#drain()} themselves)
 * @param drainInterval pause between two drains
 * @param batchSize     messages claimed per drain
 * @param maxAttempts   after this many failed attempts a message is FAILED and waits for an operator
 * @param firstRetry    wait after the first failure; doubled after each further one
 * @param maxRetry      longest wait between two attempts
 * @param lease         how long a node owns a claimed message; another node may take it over afterwards
 */
@ConfigurationProperties("casedesk.outbox")
public record OutboxProperties(
    @DefaultValue("true") boolean scheduled,
    @DefaultValue("10s") Duration drainInterval,
    @DefaultValue("20") int batchSize,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("1m") Duration firstRetry,
    @DefaultValue("1h") Duration maxRetry,
    @DefaultValue("5m") Duration lease) {

  /** The wait after the given number of failed attempts (1 = the first failure). */
  public Duration backoff(int failedAttempts) {
    Duration wait = firstRetry;
    for (int i = 1; i < failedAttempts && wait.compareTo(maxRetry) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
  }
}

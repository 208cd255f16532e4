package io.casedesk.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins are throttled ({@code casedesk.login.*}), per client address and user id.
 *
 * @param maxFailures  failed logins in a row, from one address as one user, that lock that pair (not the user)
 * @param firstLock    how long the pair is locked after {@code maxFailures}; doubled by each further failure
 * @param maxLock      the longest lock
 * @param forgetAfter  failures of a pair are forgotten this long after its last one
 * @param trackedPairs at most this many (address, user) pairs are remembered (the oldest unused ones go first)
 */
@ConfigurationProperties("casedesk.login")
public record LoginThrottleProperties(
    @DefaultValue("5") int maxFailures,
    @DefaultValue("30s") Duration firstLock,
    @DefaultValue("15m") Duration maxLock,
    @DefaultValue("1h") Duration forgetAfter,
    @DefaultValue("100000") long trackedPairs) {

  /** The lock after the given number of failures in a row; zero below {@code maxFailures}. */
  public Duration lockAfter(int failures) {
    if (failures < maxFailures) {
      return Duration.ZERO;
    }
    Duration lock = firstLock;
    for (int i = maxFailures; i < failures && lock.compareTo(maxLock) < 0; i++) {
      lock = lock.multipliedBy(2);
    }
    return lock.compareTo(maxLock) > 0 ? maxLock : lock;
  }
}

package io.casedesk.security;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/**
 * The client's address may not try this user's password yet ({@link LoginThrottle}). An account status (like
 * Spring's {@code LockedException}), so that no other authentication provider is asked; answered with 429 and
 * {@code Retry-After}.
 */
public class LoginThrottledException extends AccountStatusException {

  private final transient Duration retryAfter;

  public LoginThrottledException(Duration retryAfter) {
    super(LoginThrottle.message(retryAfter));
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}

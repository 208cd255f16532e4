package io.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The waits of login throttling, without a server: none before the fifth failure, then doubling up to the cap. */
class LoginThrottlePropertiesTest {

  private final LoginThrottleProperties defaults =
      new LoginThrottleProperties(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1), 100_000);

  @Test
  void noWaitBeforeTheFifthFailureThenDoublingUpToFifteenMinutes() {
    assertThat(defaults.lockAfter(4)).isZero();
    assertThat(defaults.lockAfter(5)).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.lockAfter(6)).isEqualTo(Duration.ofMinutes(1));
    assertThat(defaults.lockAfter(10)).isEqualTo(Duration.ofMinutes(15)); // 16 minutes, capped
    assertThat(defaults.lockAfter(1_000_000)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void messagesRoundUpAndSayMinutesForLongWaits() {
    assertThat(LoginThrottle.message(Duration.ofMillis(29_001))).endsWith("Try again in 30 seconds.");
    assertThat(LoginThrottle.message(Duration.ofMinutes(15))).endsWith("Try again in 15 minutes.");
    assertThat(LoginThrottle.seconds(Duration.ofMillis(1))).isEqualTo(1);
  }
}

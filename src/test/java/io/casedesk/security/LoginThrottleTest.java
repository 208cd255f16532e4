package io.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CasedeskTest;
import io.casedesk.support.FromAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Failed logins lock (client address, user), never the user: clients at different loopback addresses
 * ({@link FromAddress}), time on the engine clock. Each test uses addresses of its own, so that the locks it leaves
 * behind touch nobody else.
 */
@CasedeskTest
class LoginThrottleTest {

  private static final String API = "/api/outbox?size=1";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @BeforeEach
  void startClock() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void wrongPasswordsFromOneAddressDoNotStopTheAdminElsewhere() {
    var attacker = new FromAddress("127.0.0.2", port);
    var admin = new FromAddress("127.0.0.3", port);
    for (int i = 1; i <= 5; i++) {
      assertThat(attacker.get(API, "admin", "guess-" + i).status()).as("wrong password " + i).isEqualTo(401);
    }

    var throttled = attacker.get(API, "admin", DemoUsers.PASSWORD);
    assertThat(throttled.status()).as("even the right password, from the same address").isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isEqualTo("30");
    assertThat(throttled.body()).contains("Too many failed logins for this user from your address. Try again in 30 seconds.");

    assertThat(admin.get(API, "admin", DemoUsers.PASSWORD).status()).as("the admin at another address").isEqualTo(200);
    assertThat(attacker.get(API, "auditor1", DemoUsers.PASSWORD).status()).as("another user at the same address")
        .isEqualTo(403); // authenticated: an auditor may not read the outbox
    UserEntity engineUser = (UserEntity) identityService.createUserQuery().userId("admin").singleResult();
    assertThat(engineUser.getAttempts()).as("the engine's own per-user lock is never touched").isZero();
    assertThat(engineUser.getLockExpirationTime()).isNull();
  }

  @Test
  void theLockPassesWithTimeAndGrowsWithFurtherFailures() {
    var client = new FromAddress("127.0.0.4", port);
    for (int i = 1; i <= 5; i++) {
      client.get(API, "supervisor1", "guess-" + i);
    }
    assertThat(client.get(API, "supervisor1", DemoUsers.PASSWORD).status()).isEqualTo(429);

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(20)));
    assertThat(client.get(API, "supervisor1", DemoUsers.PASSWORD).header("Retry-After")).isEqualTo("10");

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(10)));
    assertThat(client.get(API, "supervisor1", "guess-6").status()).as("the wait is over; still wrong").isEqualTo(401);
    var longer = client.get(API, "supervisor1", DemoUsers.PASSWORD);
    assertThat(longer.status()).isEqualTo(429);
    assertThat(longer.header("Retry-After")).as("each further failure doubles the wait").isEqualTo("60");

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(1))));
    assertThat(client.get(API, "supervisor1", DemoUsers.PASSWORD).status()).isEqualTo(200);
    assertThat(client.get(API, "supervisor1", "guess-7").status()).as("the right password starts afresh")
        .isEqualTo(401);
    assertThat(client.get(API, "supervisor1", DemoUsers.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void theWebappsLoginFormIsThrottledTheSameWay() {
    var attacker = new FromAddress("127.0.0.5", port);
    for (int i = 1; i <= 5; i++) {
      assertThat(attacker.webappLogin("tasklist", "admin", "guess-" + i).status()).isEqualTo(401);
    }
    var throttled = attacker.webappLogin("tasklist", "admin", DemoUsers.PASSWORD);
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isEqualTo("30");
    assertThat(throttled.body()).as("the login page shows the message under Login Failed")
        .contains("\"message\":\"Too many failed logins for this user from your address. Try again in 30 seconds.\"");
    assertThat(attacker.get(API, "admin", DemoUsers.PASSWORD).status()).as("one lock for both doors")
        .isEqualTo(429);

    var admin = new FromAddress("127.0.0.6", port);
    var login = admin.webappLogin("tasklist", "admin", DemoUsers.PASSWORD);
    assertThat(login.status()).as("the admin at another address: " + login).isEqualTo(200);
    assertThat(admin.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"admin\"");
  }

  @Test
  void checksOutsideOfARequestAreNeitherThrottledNorLockTheUser() {
    for (int i = 0; i < 12; i++) {
      assertThat(identityService.checkPassword("manager1", "guess-" + i)).isFalse();
    }
    assertThat(identityService.checkPassword("manager1", DemoUsers.PASSWORD))
        .as("Camunda's per-user delay and its lock after loginMaxAttempts are off").isTrue();
  }
}

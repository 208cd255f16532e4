package io.casedesk.notification;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.cases.CaseRepository;
import io.casedesk.contracts.MailSenders;
import io.casedesk.mail.MailProperties;
import io.casedesk.mail.OutboxSender;
import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/** Notifications leave the outbox as e-mail: once, whatever the SMTP server does meanwhile. */
class OutboxDeliveryTest extends CaseTestSupport {

  @Autowired OutboxSender sender;
  @Autowired OutboxMessages messages;
  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectProvider<JavaMailSender> mailSender;
  @Autowired MailProperties mailProperties;
  @Autowired OutboxProperties outboxProperties;
  @Autowired MailTemplates templates;
  @Autowired Recipients recipients;
  @Autowired CaseRepository caseRepository;
  @Autowired MailSenders mailSenders;
  @Autowired ObjectMapper json;

  @BeforeEach
  void sendWhatOthersLeft() {
    drainAll(sender);
  }

  @Test
  void withSmtpDownNothingIsLostAndItIsDeliveredWhenSmtpIsBack() throws Exception {
    String to = address("down");
    long id = notify(to, "The line card is on its way.");

    TestMailServer.stop();
    try {
      assertThat(sender.drain()).isPositive();
    } finally {
      TestMailServer.restart();
    }
    OutboxMessages.Entry waiting = messages.find(id).orElseThrow();
    assertThat(waiting.status()).isEqualTo(OutboxMessages.Status.PENDING);
    assertThat(waiting.attempts()).isEqualTo(1);
    assertThat(waiting.lastError()).contains("Connect");
    assertThat(waiting.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));

    drainAll(sender);
    assertThat(TestMailServer.mailsTo(to)).as("not before the back-off").isEmpty();

    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofMinutes(1))));
    drainAll(sender);
    assertThat(messages.find(id).orElseThrow().status()).isEqualTo(OutboxMessages.Status.SENT);
    assertThat(TestMailServer.mailsTo(to)).singleElement().satisfies(mail -> {
      assertThat(mail.getSubject()).isEqualTo("[CS-2026-999999] New message on your case: Lost packets");
      assertThat(mail.getMessageID()).isEqualTo(messages.find(id).orElseThrow().messageId());
    });
  }

  @Test
  void aMessageThatKeepsFailingIsFailedAndShownToOperators() throws Exception {
    long id = notify(address("failing"), "Hello");
    TestMailServer.stop();
    try {
      for (int attempt = 1; attempt <= 3; attempt++) {
        sender.drain();
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(1))));
      }
    } finally {
      TestMailServer.restart();
    }
    OutboxMessages.Entry failed = messages.find(id).orElseThrow();
    assertThat(failed.status()).isEqualTo(OutboxMessages.Status.FAILED);
    assertThat(failed.attempts()).isEqualTo(3);

    var page = as(http, "admin").getForEntity("/api/outbox?status=FAILED&size=200", OutboxMessages.Page.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody().items()).anySatisfy(entry -> {
      assertThat(entry.id()).isEqualTo(id);
      assertThat(entry.attempts()).isEqualTo(3);
      assertThat(entry.lastError()).isNotBlank();
    });
    assertThat(as(http, "supervisor1").getForEntity("/api/outbox?status=FAILED", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as(http, "customer1").getForEntity("/api/outbox", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, "admin").getForEntity("/api/outbox?status=LOST", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(as(http, "admin").postForEntity("/api/outbox/" + id + "/retry", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    drainAll(sender);
    assertThat(messages.find(id).orElseThrow().status()).isEqualTo(OutboxMessages.Status.SENT);
    assertThat(as(http, "admin").postForEntity("/api/outbox/" + id + "/retry", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void twoNodesDrainingTogetherSendEachMessageOnce() throws Exception {
    OutboxSender otherNode = new OutboxSender(jdbc, mailSender, mailProperties, outboxProperties, templates,
        recipients, caseRepository, mailSenders, json);
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      addresses.add(address("node" + i));
      notify(addresses.get(i), "Message " + i);
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (OutboxSender node : List.of(sender, otherNode)) {
        runs.add(pool.submit(() -> {
          start.await();
          drainAll(node);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> run : runs) {
        run.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    for (String address : addresses) {
      assertThat(TestMailServer.mailsTo(address)).as(address).hasSize(1);
    }
  }

  @Test
  void usersAndGroupsGetMailAtTheirAddressesAndAUserWithoutOneIsFailedAtOnce() throws MessagingException {
    Outbox outbox = this.outbox;
    outbox.send(Notification.toGroup(NotificationKind.ESCALATION, "CS-2026-999999", "supervisors",
        Map.of("caseNumber", "CS-2026-999999", "level", 2, "priority", "P1", "subject", "Core down")));
    outbox.send(Notification.toUser(NotificationKind.ASSIGNMENT, "CS-2026-999999", "admin",
        Map.of("caseNumber", "CS-2026-999999", "priority", "P1", "subject", "Core down")));
    drainAll(sender);

    List<MimeMessage> toSupervisor = TestMailServer.mailsTo("supervisor1@casedesk.example");
    assertThat(toSupervisor).extracting(MimeMessage::getSubject).contains("[CS-2026-999999] Escalation: Core down");
    var adminMessage = outbox.ofCase("CS-2026-999999").stream()
        .filter(m -> m.kind() == NotificationKind.ASSIGNMENT).reduce((a, b) -> b).orElseThrow();
    OutboxMessages.Entry failed = messages.find(adminMessage.id()).orElseThrow();
    assertThat(failed.status()).isEqualTo(OutboxMessages.Status.FAILED);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).contains("admin has no e-mail address");
  }

  @Test
  void backOffDoublesUpToTheLongestWait() {
    OutboxProperties properties = new OutboxProperties(false, Duration.ofSeconds(10), 20, 8, Duration.ofMinutes(1),
        Duration.ofMinutes(10), Duration.ofMinutes(5));
    assertThat(List.of(1, 2, 3, 4, 5, 6).stream().map(properties::backoff).toList()).containsExactly(
        Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
        Duration.ofMinutes(10), Duration.ofMinutes(10));
  }

  private long notify(String to, String text) {
    outbox.send(Notification.toCustomer(NotificationKind.AGENT_MESSAGE, "CS-2026-999999", to,
        Map.of("caseNumber", "CS-2026-999999", "subject", "Lost packets", "text", text)));
    return jdbc.sql("SELECT MAX(id) FROM outbox WHERE recipient = :to").param("to", to).query(Long.class).single();
  }

  private static String address(String name) {
    return name + "." + System.nanoTime() + "@customer.example";
  }

  private static void drainAll(OutboxSender node) {
    for (int i = 0; i < 1000 && node.drain() > 0; i++) {
      // next batch
    }
  }
}

package io.casedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CaseTestSupport;
import io.casedesk.support.TestMailServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Customers writing to the support address and reading their own mailbox, against the test mail server. */
abstract class MailTestSupport extends CaseTestSupport {

  private static final AtomicInteger CUSTOMERS = new AtomicInteger();

  @Autowired protected InboundMailbox mailbox;
  @Autowired protected OutboxSender outboxSender;
  @Autowired protected JdbcClient jdbc;

  @BeforeEach
  void sendWhatOthersLeft() {
    drainOutbox();
  }

  /** A fresh address at demo.example, the demo mail domain of contract CT-DEMO-1. */
  protected static String newCustomer() {
    return "ada." + System.nanoTime() % 100000 + "." + CUSTOMERS.incrementAndGet() + "@demo.example";
  }

  protected static MimeMessage mail(String from, String subject, String text) throws MessagingException {
    MimeMessage message = new MimeMessage(TestMailServer.smtpSession());
    try {
      message.setFrom(new InternetAddress(from, "Ada Lovelace", "UTF-8"));
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
    message.setRecipients(Message.RecipientType.TO, TestMailServer.SUPPORT);
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    return message;
  }

  protected static void send(MimeMessage message) throws MessagingException {
    TestMailServer.send(message);
  }

  /** Sends everything due in the outbox, whatever earlier tests left there too. */
  protected void drainOutbox() {
    for (int i = 0; i < 1000 && outboxSender.drain() > 0; i++) {
      // next batch
    }
  }

  protected List<String> casesOf(String callerEmail) {
    return jdbc.sql("SELECT case_number FROM support_case WHERE caller_email = :e ORDER BY case_number")
        .param("e", callerEmail).query(String.class).list();
  }

  protected String caseOf(String callerEmail) {
    List<String> cases = casesOf(callerEmail);
    assertThat(cases).as("cases of " + callerEmail).hasSize(1);
    return cases.get(0);
  }

  protected String outcomeOf(String messageId) {
    return jdbc.sql("SELECT outcome FROM processed_mail WHERE message_id = :id").param("id", messageId)
        .query(String.class).single();
  }

  protected static List<MimeMessage> mailsTo(String address) {
    return TestMailServer.mailsTo(address);
  }

  /** The text/plain part of a received message. */
  protected static String textOf(Part part) {
    return TestMailServer.textOf(part);
  }
}

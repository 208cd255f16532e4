package io.casedesk.mail;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.support.TestMailServer;
import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** Mail that is not a plain customer message: robots, broken MIME, redeliveries, strangers, big files. */
class EmailIntakeRobustnessTest extends MailTestSupport {

  @Autowired TestRestTemplate http;

  @Test
  void aBounceIsIgnoredEvenWhenItNamesACase() throws Exception {
    String ada = newCustomer();
    send(mail(ada, "Switch fan loud", "The fan of switch 3 is very loud."));
    mailbox.pollOnce();
    String n = caseOf(ada);
    long casesBefore = caseCount();

    TestMailServer.deliverRaw("""
        Return-Path: <>
        From: Mail Delivery System <MAILER-DAEMON@mx.demo.example>
        To: support@casedesk.test
        Subject: Undelivered Mail Returned to Sender: [%s] Your case has been opened
        Message-ID: <bounce-%s@mx.demo.example>
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

        --b1
        Content-Type: text/plain

        This is the mail system. Your message could not be delivered.
        --b1--
        """.formatted(n, n));
    assertThat(mailbox.pollOnce()).isEqualTo(1);

    assertThat(outcomeOf("<bounce-" + n + "@mx.demo.example>")).isEqualTo("IGNORED");
    assertThat(events(n, CaseEventKind.CUSTOMER_MESSAGE)).isEmpty();
    assertThat(caseCount()).isEqualTo(casesBefore);
    drainOutbox();
    assertThat(mailsTo("MAILER-DAEMON@mx.demo.example")).isEmpty();
  }

  @Test
  void anAutoReplyAddsNothingAndIsNotAnswered() throws Exception {
    String ada = newCustomer();
    send(mail(ada, "Phones dead", "No phone in the office works."));
    mailbox.pollOnce();
    String n = caseOf(ada);
    drainOutbox();
    int mailsBefore = mailsTo(ada).size();

    MimeMessage outOfOffice = mail(ada, "Automatic reply: [" + n + "] Your case has been opened: Phones dead",
        "I am out of the office until Monday.");
    outOfOffice.setHeader("Auto-Submitted", "auto-replied");
    outOfOffice.setHeader("X-Autoreply", "yes");
    send(outOfOffice);
    MimeMessage bulk = mail(ada, "Newsletter [" + n + "]", "Our news of the month.");
    bulk.setHeader("Precedence", "bulk");
    send(bulk);
    assertThat(mailbox.pollOnce()).isEqualTo(2);

    assertThat(events(n, CaseEventKind.CUSTOMER_MESSAGE)).isEmpty();
    drainOutbox();
    assertThat(mailsTo(ada)).hasSize(mailsBefore);
  }

  @Test
  void aBrokenMessageGoesToTheErrorFolderAndIsNotFetchedAgain() throws Exception {
    String ada = newCustomer();
    String messageId = "<broken-" + ada + ">";
    TestMailServer.deliverRaw("""
        From: Ada <%s>
        To: support@casedesk.test
        Subject: Broken
        Message-ID: %s
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="never-there"

        This body has no boundary at all.
        """.formatted(ada, messageId));

    assertThat(mailbox.pollOnce()).isEqualTo(1);
    assertThat(casesOf(ada)).isEmpty();
    assertThat(outcomeOf(messageId)).isEqualTo("ERROR");
    assertThat(TestMailServer.<List<String>>inSupportFolder("Errors", EmailIntakeRobustnessTest::messageIds))
        .contains(messageId);
    assertThat(TestMailServer.<Boolean>inSupportFolder("INBOX", messages -> Arrays.stream(messages)
        .filter(m -> messageIds(new Message[] {m}).contains(messageId))
        .allMatch(m -> EmailJourneyTest.flag(m, Flags.Flag.DELETED)))).isTrue();
    assertThat(mailbox.pollOnce()).as("not fetched again").isZero();
  }

  @Test
  void oddButReadableMailIsTakenIn() throws Exception {
    String ada = newCustomer();
    TestMailServer.deliverRaw("""
        From: =?utf-8?B?w4Fkw6E=?= <%s>
        To: support@casedesk.test
        Subject: =?x-unknown-charset?Q?Caf=E9?= machine
        Message-ID: <odd-%s>
        MIME-Version: 1.0
        Content-Type: text/html; charset=no-such-charset

        <html><body><p>The caf\u00e9 machine&nbsp;leaks.</p><p>Since Monday.</p></body></html>
        """.formatted(ada, ada));
    String noId = newCustomer();
    TestMailServer.deliverRaw("""
        From: %s
        To: support@casedesk.test
        Subject: No message id
        Content-Type: text/plain; charset=utf-8

        Hello without id.
        """.formatted(noId));

    assertThat(mailbox.pollOnce()).isEqualTo(2);
    String n = caseOf(ada);
    assertThat(view(n).description()).contains("machine leaks.").contains("Since Monday.");
    assertThat(view(n).caller().name()).isEqualTo("\u00c1d\u00e1");
    assertThat(casesOf(noId)).hasSize(1);
  }

  @Test
  void aRedeliveredMessageOpensNoSecondCase() throws Exception {
    String ada = newCustomer();
    String raw = """
        From: Ada <%s>
        To: support@casedesk.test
        Subject: Disk full
        Message-ID: <redelivered-%s>
        Content-Type: text/plain; charset=utf-8

        The disk of the file server is full.
        """.formatted(ada, ada);
    TestMailServer.deliverRaw(raw);
    TestMailServer.deliverRaw(raw);
    assertThat(mailbox.pollOnce()).isEqualTo(2);
    TestMailServer.deliverRaw(raw);
    assertThat(mailbox.pollOnce()).isEqualTo(1);

    assertThat(casesOf(ada)).hasSize(1);
    drainOutbox();
    assertThat(mailsTo(ada)).as("one acknowledgement").hasSize(1);
  }

  @Test
  void anUnknownSenderGetsOnePoliteReplyAndNoCase() throws Exception {
    String stranger = "someone." + System.nanoTime() + "@unknown.example";
    MimeMessage first = mail(stranger, "Please help", "Our server is down.");
    send(first);
    send(mail(stranger, "Please help!!", "Still down."));
    assertThat(mailbox.pollOnce()).isEqualTo(2);

    assertThat(casesOf(stranger)).isEmpty();
    drainOutbox();
    assertThat(mailsTo(stranger)).singleElement().satisfies(reply -> {
      assertThat(reply.getSubject()).isEqualTo("Re: Please help");
      assertThat(reply.getHeader("In-Reply-To", null)).isNotBlank();
      assertThat(textOf(reply)).contains(stranger, "have not opened a case");
    });
  }

  @Test
  void aStrangerInGermanIsAnsweredInGerman() throws Exception {
    String stranger = "jemand." + System.nanoTime() + "@unbekannt.example";
    MimeMessage message = mail(stranger, "Bitte um Hilfe", "Unser Server ist ausgefallen.");
    message.setHeader("Content-Language", "de-DE");
    send(message);
    mailbox.pollOnce();
    drainOutbox();
    assertThat(mailsTo(stranger)).singleElement()
        .satisfies(reply -> assertThat(reply.getSubject()).isEqualTo("AW: Bitte um Hilfe"));
  }

  @Test
  void attachmentsAreKeptWithTheCaseUpToTheLimitAndTheSenderIsToldAboutTheRest() throws Exception {
    String ada = newCustomer();
    MimeMessage message = mail(ada, "Crash dump", "Log and dump attached.");
    MimeMultipart parts = new MimeMultipart();
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Log and dump attached.", "UTF-8");
    parts.addBodyPart(text);
    parts.addBodyPart(file("router.log", "line 1; line 2".getBytes()));
    parts.addBodyPart(file("core.dump", new byte[150 * 1024]));
    message.setContent(parts);
    send(message);
    mailbox.pollOnce();
    String n = caseOf(ada);

    List<Map<String, Object>> files = as(http, "engineer1").exchange("/api/cases/" + n + "/attachments",
        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    assertThat(files).singleElement().satisfies(f -> {
      assertThat(f.get("fileName")).isEqualTo("router.log");
      assertThat(f.get("size")).isEqualTo(14);
      assertThat(f.get("contentType")).isEqualTo("application/octet-stream");
    });
    var download = as(http, "customer1").getForEntity(
        "/api/cases/" + n + "/attachments/" + files.get(0).get("id"), byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(download.getBody())).isEqualTo("line 1; line 2");
    assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("router.log");
    assertThat(as(http, "auditor1").getForEntity("/api/cases/" + n + "/attachments", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    assertThat(events(n, CaseEventKind.ATTACHMENT_ADDED)).extracting(e -> e.detail()).containsExactly("router.log (14 B)");
    assertThat(events(n, CaseEventKind.ATTACHMENT_REJECTED)).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("core.dump (150 KB)", "100 KB"));
    drainOutbox();
    assertThat(mailsTo(ada)).extracting(MimeMessage::getSubject)
        .contains("[" + n + "] Attachments not added: Crash dump");
  }

  @Test
  void aMessageOverTheSizeLimitIsMovedAsideAndTheSenderTold() throws Exception {
    String ada = newCustomer();
    MimeMessage message = mail(ada, "Huge video", "See the video.");
    MimeMultipart parts = new MimeMultipart();
    MimeBodyPart text = new MimeBodyPart();
    text.setText("See the video.", "UTF-8");
    parts.addBodyPart(text);
    parts.addBodyPart(file("video.mp4", new byte[3 * 1024 * 1024]));
    message.setContent(parts);
    send(message);

    assertThat(mailbox.pollOnce()).isZero();
    assertThat(casesOf(ada)).isEmpty();
    assertThat(jdbc.sql("SELECT outcome FROM processed_mail WHERE sender = :s").param("s", ada).query(String.class)
        .single()).isEqualTo("TOO_LARGE");
    assertThat(TestMailServer.<List<String>>inSupportFolder("Errors", messages -> Arrays.stream(messages)
        .map(EmailJourneyTest::from).toList())).anySatisfy(from -> assertThat(from).contains(ada));
    drainOutbox();
    assertThat(mailsTo(ada)).singleElement()
        .satisfies(reply -> assertThat(reply.getSubject()).isEqualTo("Your e-mail was too large: Huge video"));
  }

  private long caseCount() {
    return jdbc.sql("SELECT COUNT(*) FROM support_case").query(Long.class).single();
  }

  private static MimeBodyPart file(String name, byte[] content) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, "application/octet-stream")));
    part.setFileName(name);
    part.setDisposition(MimeBodyPart.ATTACHMENT);
    return part;
  }

  static List<String> messageIds(Message[] messages) {
    return Arrays.stream(messages).map(m -> {
      try {
        return ((MimeMessage) m).getMessageID();
      } catch (MessagingException e) {
        return null;
      }
    }).toList();
  }
}

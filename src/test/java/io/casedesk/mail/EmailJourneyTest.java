package io.casedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseStatus;
import io.casedesk.cases.CaseView;
import io.casedesk.contracts.MailSenders;
import io.casedesk.support.TestMailServer;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The customer's side of e-mail: write to support, get the acknowledgement, reply, reopen. */
class EmailJourneyTest extends MailTestSupport {

  @Autowired MailSenders mailSenders;

  @Test
  void aMailOpensACaseWhoseAcknowledgementCarriesTheNumberAndAReplyLandsOnItsTimeline() throws Exception {
    String ada = newCustomer();
    send(mail(ada, "Router reboots every hour", "Since this morning our core router reboots every hour."));

    assertThat(mailbox.pollOnce()).isEqualTo(1);
    String n = caseOf(ada);
    CaseView opened = view(n);
    assertThat(opened.channel()).isEqualTo("email");
    assertThat(opened.company()).isEqualTo("Demo Customer Ltd");
    assertThat(opened.contractId()).isEqualTo("CT-DEMO-1");
    assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(opened.caller().name()).isEqualTo("Ada Lovelace");
    assertThat(opened.subject()).isEqualTo("Router reboots every hour");
    assertThat(opened.description()).isEqualTo("Since this morning our core router reboots every hour.");
    assertThat(opened.timeline().get(0).actor()).isEqualTo(ada);

    drainOutbox();
    assertThat(mailsTo(ada)).singleElement().satisfies(ack -> {
      assertThat(ack.getSubject()).isEqualTo("[" + n + "] Your case has been opened: Router reboots every hour");
      assertThat(ack.getFrom()[0].toString()).contains(TestMailServer.SUPPORT);
      assertThat(ack.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
      assertThat(textOf(ack)).startsWith("Dear Ada Lovelace,").contains("opened case " + n);
    });
    MimeMessage ack = mailsTo(ada).get(0);

    MimeMessage reply = mail(ada, "Re: " + ack.getSubject(), """
        It also reboots at night.

        On Mon, 2 Mar 2026 at 09:00, Casedesk Support wrote:
        > Dear Ada Lovelace,
        > we have received your request""");
    reply.setHeader("In-Reply-To", ack.getMessageID());
    send(reply);
    assertThat(mailbox.pollOnce()).isEqualTo(1);

    assertThat(events(n, CaseEventKind.CUSTOMER_MESSAGE)).singleElement().satisfies(e -> {
      assertThat(e.detail()).isEqualTo("It also reboots at night.");
      assertThat(e.actor()).isEqualTo(ada);
    });
    assertThat(casesOf(ada)).containsExactly(n);
    boolean allSeen = TestMailServer.<Boolean>inSupportFolder("INBOX", messages -> Arrays.stream(messages)
        .filter(m -> from(m).contains(ada)).allMatch(m -> flag(m, Flags.Flag.SEEN)));
    assertThat(allSeen).as("both messages marked seen in the support mailbox").isTrue();
  }

  @Test
  void aReplyFindsItsCaseByInReplyToWhenTheSubjectLostTheNumber() throws Exception {
    String ada = newCustomer();
    send(mail(ada, "Printer offline", "The printer on floor 2 is offline."));
    mailbox.pollOnce();
    String n = caseOf(ada);
    drainOutbox();
    MimeMessage ack = mailsTo(ada).get(0);

    MimeMessage reply = mail(ada, "Printer", "Serial number is PR-4411.");
    reply.setHeader("In-Reply-To", ack.getMessageID());
    reply.setHeader("References", "<elsewhere@demo.example> " + ack.getMessageID());
    send(reply);
    mailbox.pollOnce();

    assertThat(events(n, CaseEventKind.CUSTOMER_MESSAGE)).extracting(e -> e.detail())
        .containsExactly("Serial number is PR-4411.");
    assertThat(casesOf(ada)).containsExactly(n);
  }

  @Test
  void aReplyToAClosedCaseReopensIt() throws Exception {
    String ada = newCustomer();
    send(mail(ada, "VPN slow", "The VPN to the branch office is slow."));
    mailbox.pollOnce();
    String n = caseOf(ada);
    work(n, "engineer1", "solve", "Replaced the VPN concentrator");
    cases.answerClosure(n, true, "Works", CUSTOMER);
    assertThat(view(n).status()).isEqualTo(CaseStatus.CLOSED);

    advanceBy(n, Duration.ofDays(2));
    send(mail(ada, "Re: [" + n + "] Your case is closed. How did we do?", "The VPN is slow again since this morning."));
    mailbox.pollOnce();

    CaseView reopened = view(n);
    assertThat(reopened.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(reopened.reopenCount()).isEqualTo(1);
    assertThat(events(n, CaseEventKind.REOPENED)).hasSize(1);
    assertThat(casesOf(ada)).containsExactly(n);

    drainOutbox();
    assertThat(mailsTo(ada)).extracting(MimeMessage::getSubject).contains(
        "[" + n + "] Proposed solution: VPN slow",
        "[" + n + "] Case reopened: VPN slow");
    assertThat(mailsTo("engineer1@casedesk.example")).extracting(MimeMessage::getSubject)
        .contains("[" + n + "] Assigned to you: VPN slow", "[" + n + "] Case reopened: VPN slow");
  }

  @Test
  void aCustomerWithAGermanContactGetsGermanMail() throws Exception {
    String ada = newCustomer();
    mailSenders.putContact("CT-DEMO-1", ada, "de");
    send(mail(ada, "Drucker defekt", "Der Drucker druckt nicht mehr."));
    mailbox.pollOnce();
    String n = caseOf(ada);

    drainOutbox();
    assertThat(mailsTo(ada)).singleElement().satisfies(ack -> {
      assertThat(ack.getSubject()).isEqualTo("[" + n + "] Ihr Fall wurde er\u00f6ffnet: Drucker defekt");
      assertThat(ack.getHeader("Content-Language", null)).isEqualTo("de");
      assertThat(textOf(ack)).startsWith("Guten Tag Ada Lovelace,");
    });
  }

  static String from(Message message) {
    try {
      return message.getFrom()[0].toString();
    } catch (MessagingException e) {
      return "";
    }
  }

  static boolean flag(Message message, Flags.Flag flag) {
    try {
      return message.isSet(flag);
    } catch (MessagingException e) {
      return false;
    }
  }
}

package io.casedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailParserTest {

  private static MimeMessage raw(String text) throws Exception {
    return new MimeMessage(Session.getInstance(new Properties()),
        new ByteArrayInputStream(text.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void readsSenderSubjectReferencesAndTextWithoutTheQuote() throws Exception {
    ParsedMail mail = MailParser.parse(raw("""
        From: "Lovelace, Ada" <Ada@Demo.Example>
        Subject: =?UTF-8?Q?Re:_[CS-2026-000042]_Gr=C3=BC=C3=9Fe?=
        Message-ID: <m1@demo.example>
        In-Reply-To: <casedesk.1@casedesk.test>
        References: <a@x> <casedesk.1@casedesk.test>
        Content-Type: text/plain; charset=utf-8

        Still broken.
        Second line.

        Am 02.03.2026 um 09:00 schrieb Casedesk Support <support@casedesk.test>:
        > Guten Tag,
        > wir haben
        """), 1000);
    assertThat(mail.sender()).isEqualTo("ada@demo.example");
    assertThat(mail.senderName()).isEqualTo("Lovelace, Ada");
    assertThat(mail.subject()).isEqualTo("Re: [CS-2026-000042] Gr\u00fc\u00dfe");
    assertThat(mail.messageId()).isEqualTo("<m1@demo.example>");
    assertThat(mail.referenced()).containsExactly("<casedesk.1@casedesk.test>", "<a@x>", "<casedesk.1@casedesk.test>");
    assertThat(mail.text()).isEqualTo("Still broken.\nSecond line.");
    assertThat(mail.key()).startsWith("id:");
  }

  @Test
  void aWrongCharsetFallsBackAndHtmlBecomesText() throws Exception {
    ParsedMail latin = MailParser.parse(raw("""
        From: a@demo.example
        Content-Type: text/plain; charset=utf-8

        Caf\u00e9 au lait
        """), 1000);
    assertThat(latin.text()).isEqualTo("Caf\u00e9 au lait");
    ParsedMail html = MailParser.parse(raw("""
        From: a@demo.example
        Content-Type: text/html; charset=bogus

        <p>One&nbsp;&amp;&nbsp;two</p><script>x()</script><p>three</p>
        """), 1000);
    assertThat(html.text()).isEqualTo("One & two\nthree");
  }

  @Test
  void aMissingSenderOrIdIsNoCrash() throws Exception {
    ParsedMail mail = MailParser.parse(raw("""
        Subject: nobody
        Content-Type: text/plain

        hi
        """), 1000);
    assertThat(mail.sender()).isNull();
    assertThat(mail.messageId()).isNull();
    assertThat(mail.key()).startsWith("content:");
    assertThat(MailParser.parse(raw("From: not an address\n\nhi\n"), 1000).sender()).isNull();
  }

  @Test
  void aHugeBodyIsShortened() throws Exception {
    ParsedMail mail = MailParser.parse(raw("From: a@demo.example\nContent-Type: text/plain\n\n" + "x".repeat(50_000)), 1000);
    assertThat(mail.text()).hasSizeLessThan(MailParser.MAX_TEXT + 50).endsWith("[... shortened]");
  }

  @Test
  void attachmentsOverTheLimitAreRefused() throws Exception {
    ParsedMail mail = MailParser.parse(raw("""
        From: a@demo.example
        Content-Type: multipart/mixed; boundary="b"

        --b
        Content-Type: text/plain

        see files
        --b
        Content-Type: application/octet-stream
        Content-Disposition: attachment; filename="small.bin"

        12345
        --b
        Content-Type: application/octet-stream
        Content-Disposition: attachment; filename="=?UTF-8?Q?gro=C3=9F.bin?="

        %s
        --b--
        """.formatted("y".repeat(2000))), 1000);
    assertThat(mail.text()).isEqualTo("see files");
    assertThat(mail.attachments()).extracting(ParsedMail.Attachment::fileName).containsExactly("small.bin");
    assertThat(mail.refused()).singleElement().satisfies(r -> assertThat(r).startsWith("gro\u00df.bin ("));
  }

  @Test
  void aMultipartWithoutItsBoundaryIsUnprocessable() {
    assertThatThrownBy(() -> MailParser.parse(raw("""
        From: a@demo.example
        Content-Type: multipart/mixed; boundary="missing"

        no parts here
        """), 1000)).isInstanceOf(UnprocessableMailException.class);
  }

  @Test
  void loopsAreRecognised() throws Exception {
    String support = "Casedesk Support <support@casedesk.test>";
    assertThat(LoopDetector.automatic(raw("Auto-Submitted: auto-replied\n\nx\n"), "a@demo.example", support)).isPresent();
    assertThat(LoopDetector.automatic(raw("Auto-Submitted: no\n\nx\n"), "a@demo.example", support)).isEmpty();
    assertThat(LoopDetector.automatic(raw("Precedence: junk\n\nx\n"), "a@demo.example", support)).isPresent();
    assertThat(LoopDetector.automatic(raw("List-Id: <x.list>\n\nx\n"), "a@demo.example", support)).isPresent();
    assertThat(LoopDetector.automatic(raw("Return-Path: <>\n\nx\n"), "a@demo.example", support)).isPresent();
    assertThat(LoopDetector.automatic(raw("Content-Type: multipart/report; boundary=x\n\nx\n"), "a@demo.example",
        support)).isPresent();
    assertThat(LoopDetector.automatic(raw("\nx\n"), "mailer-daemon@demo.example", support)).isPresent();
    assertThat(LoopDetector.automatic(raw("\nx\n"), "support@casedesk.test", support)).isPresent();
    assertThat(LoopDetector.automatic(raw("X-Casedesk-Case: CS-2026-000001\n\nx\n"), "a@demo.example", support))
        .isPresent();
    assertThat(LoopDetector.automatic(raw("Subject: hello\n\nx\n"), "a@demo.example", support)).isEmpty();
  }

  @Test
  void theContentLanguageGivesThePrimaryLanguage() {
    assertThat(MailIntake.primaryLanguage("de-DE, en")).isEqualTo("de");
    assertThat(MailIntake.primaryLanguage("x")).isNull();
    assertThat(MailIntake.primaryLanguage(null)).isNull();
  }

  @Test
  void anHtmlBodyReadsAsItsTextWithEveryEntityAndNoScript() {
    String html = "<html><head><style>p{color:red}</style><title>t</title></head><body>"
        + "<p>Caf&eacute; router&nbsp;X costs 5&#8364; &amp; fails when a &lt; b</p>"
        + "<div>Line one<br>Line two</div><script>alert('x')</script><ul><li>first</li><li>second</li></ul>"
        + "<p>Regards,<br/>Ada</p></body></html>";

    assertThat(MailParser.htmlToText(html)).isEqualTo("""
        Café router X costs 5€ & fails when a < b
        Line one
        Line two
        first
        second
        Regards,
        Ada""");
  }
}

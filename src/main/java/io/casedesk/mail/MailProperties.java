package io.casedesk.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * E-mail settings ({@code casedesk.mail.*}, e.g. {@code CASEDESK_MAIL_FROM}, {@code CASEDESK_MAIL_IMAP_URL}).
 * SMTP itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from                 the support address: sender of every notification; without it nothing is sent
 * @param imapUrl              the watched mailbox, e.g. {@code imaps://support:secret@mail.example:993/INBOX};
 *                             without it no mail is read
 * @param publicUrl            the server's address as customers reach it, for links in e-mails
 * @param defaultLanguage      the language of e-mails to people whose language is not known
 * @param pollInterval         how often the mailbox is read
 * @param autoStartup          whether the mailbox is read on a schedule (tests read it on demand)
 * @param maxFetch             at most this many messages per read
 * @param errorFolder          where messages go that cannot be processed (created when missing)
 * @param maxAttachmentSize    larger attachments are not kept; the sender is told
 * @param maxMessageSize       larger messages are not read at all but moved to the error folder; the sender is told
 * @param unknownSenderReplyInterval an unknown address gets at most one polite reply per interval (no mail storms)
 * @param newCase              what a case opened by e-mail starts with, until triage by a person
 */
@ConfigurationProperties("casedesk.mail")
public record MailProperties(
    String from,
    String imapUrl,
    @DefaultValue("http://localhost:8080") String publicUrl,
    @DefaultValue("en") String defaultLanguage,
    @DefaultValue("30s") Duration pollInterval,
    @DefaultValue("true") boolean autoStartup,
    @DefaultValue("20") int maxFetch,
    @DefaultValue("Errors") String errorFolder,
    @DefaultValue("10MB") DataSize maxAttachmentSize,
    @DefaultValue("25MB") DataSize maxMessageSize,
    @DefaultValue("24h") Duration unknownSenderReplyInterval,
    @DefaultValue NewCase newCase) {

  /** Category, impact and urgency of a case opened by e-mail (the hotline confirms P1/P2 by phone). */
  public record NewCase(
      @DefaultValue("operational-problem") String category,
      @DefaultValue("medium") String impact,
      @DefaultValue("medium") String urgency) {}

  public boolean sends() {
    return from != null && !from.isBlank();
  }

  public boolean reads() {
    return imapUrl != null && !imapUrl.isBlank();
  }
}

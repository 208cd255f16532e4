package io.casedesk.mail;

import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.mail.MailReceivingMessageSource;

/**
 * Watches the support mailbox ({@code CASEDESK_MAIL_IMAP_URL}, {@code imap://} or {@code imaps://}) with Spring
 * Integration Mail: an IMAP inbound adapter polled every {@code casedesk.mail.poll-interval} hands each new message
 * to {@link InboundMailbox}. Without the URL nothing here exists.
 */
@Configuration
@ConditionalOnExpression("!'${casedesk.mail.imap-url:}'.isBlank()")
public class InboundMailConfiguration {

  private static final Logger log = LoggerFactory.getLogger(InboundMailConfiguration.class);

  @Bean
  CaseMailReceiver caseMailReceiver(MailProperties props, MailIntake intake) {
    CaseMailReceiver receiver = new CaseMailReceiver(props.imapUrl(), props.maxMessageSize().toBytes(),
        props.errorFolder(), (message, size) -> intake.recordTooLarge((MimeMessage) message, size));
    Properties javaMail = new Properties();
    for (String protocol : new String[] {"imap", "imaps"}) {
      javaMail.setProperty("mail." + protocol + ".connectiontimeout", "10000");
      javaMail.setProperty("mail." + protocol + ".timeout", "30000");
      javaMail.setProperty("mail." + protocol + ".writetimeout", "30000");
      // reading a message must not mark it SEEN: that happens once it is handled
      javaMail.setProperty("mail." + protocol + ".peek", "true");
    }
    receiver.setJavaMailProperties(javaMail);
    receiver.setMaxFetchSize(props.maxFetch());
    return receiver;
  }

  @Bean
  MailReceivingMessageSource inboundMailSource(CaseMailReceiver receiver) {
    return new MailReceivingMessageSource(receiver);
  }

  @Bean
  InboundMailbox inboundMailbox(MailReceivingMessageSource source, CaseMailReceiver receiver, MailIntake intake,
      MailProperties props) {
    return new InboundMailbox(source, receiver, intake, props.errorFolder());
  }

  @Bean
  IntegrationFlow inboundMailFlow(MailReceivingMessageSource source, InboundMailbox mailbox, MailProperties props) {
    log.info("Watching the mailbox {} every {}", redacted(props.imapUrl()), props.pollInterval());
    return IntegrationFlow
        .from(source, adapter -> adapter.id("inboundMailAdapter").autoStartup(props.autoStartup())
            .poller(Pollers.fixedDelay(props.pollInterval()).maxMessagesPerPoll(props.maxFetch())))
        .handle(mailbox::handle)
        .get();
  }

  /** The URL without its password, for logs. */
  static String redacted(String url) {
    return url.replaceAll("(//[^:/@]+):[^@]*@", "$1:***@");
  }
}

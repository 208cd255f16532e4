package io.casedesk.mail;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseNumbers;
import io.casedesk.cases.CaseRepository;
import io.casedesk.cases.CaseRequests;
import io.casedesk.cases.SupportCase;
import io.casedesk.cases.SupportCaseService;
import io.casedesk.cases.Timeline;
import io.casedesk.contracts.Contract;
import io.casedesk.contracts.ContractRepository;
import io.casedesk.contracts.EntitlementService;
import io.casedesk.contracts.MailSenders;
import io.casedesk.contracts.RegisteredSystem;
import io.casedesk.mail.ProcessedMails.Outcome;
import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationPort;
import io.casedesk.notification.OutboxMessages;
import io.casedesk.process.EngineClock;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes an inbound e-mail in, in one transaction with its effects: a message on the case its subject (or its
 * In-Reply-To/References) names, or a new case for the sender's company, its attachments, the answers it causes,
 * and the record that it was handled. A redelivered message finds that record and changes nothing; mail no person
 * wrote (see {@link LoopDetector}) is recorded and otherwise ignored.
 */
@Service
public class MailIntake {

  private static final Logger log = LoggerFactory.getLogger(MailIntake.class);
  static final Pattern CASE_NUMBER = Pattern.compile(CaseNumbers.PATTERN);

  /** What became of a message; {@code redelivery} when it had been handled before. */
  public record Result(Outcome outcome, String caseNumber, String detail, boolean redelivery) {}

  private final ProcessedMails processed;
  private final SupportCaseService caseService;
  private final CaseRepository cases;
  private final Timeline timeline;
  private final MailSenders senders;
  private final EntitlementService entitlements;
  private final ContractRepository contracts;
  private final Attachments attachments;
  private final NotificationPort notifications;
  private final OutboxMessages outbox;
  private final MailProperties props;
  private final TransactionTemplate transaction;

  public MailIntake(ProcessedMails processed, SupportCaseService caseService, CaseRepository cases, Timeline timeline,
      MailSenders senders, EntitlementService entitlements, ContractRepository contracts, Attachments attachments,
      NotificationPort notifications, OutboxMessages outbox, MailProperties props,
      PlatformTransactionManager transactionManager) {
    this.processed = processed;
    this.caseService = caseService;
    this.cases = cases;
    this.timeline = timeline;
    this.senders = senders;
    this.entitlements = entitlements;
    this.contracts = contracts;
    this.attachments = attachments;
    this.notifications = notifications;
    this.outbox = outbox;
    this.props = props;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * Takes the message in.
   *
   * @throws UnprocessableMailException and any other exception: nothing was changed; the caller moves the message
   *     to the error folder and calls {@link #recordError}
   */
  public Result take(MimeMessage message) {
    ParsedMail mail = MailParser.parse(message, props.maxAttachmentSize().toBytes());
    try {
      return transaction.execute(status -> takeIn(message, mail));
    } catch (DuplicateKeyException takenByAnotherNode) {
      return new Result(processed.outcomeOf(mail.key()).orElse(Outcome.IGNORED), null, "taken by another node", true);
    }
  }

  /** Records that the message could not be processed (it went to the error folder). */
  public void recordError(MimeMessage message, Exception error) {
    String key = MailParser.keyOf(message);
    InternetAddress from = MailParser.from(message);
    transaction.executeWithoutResult(status -> {
      processed.forget(key);
      processed.record(key, MailParser.messageId(message), from == null ? null : from.getAddress(),
          MailParser.subject(message), Outcome.ERROR, null, error.toString());
    });
  }

  /**
   * A message too large to read: recorded, and the sender is told unless it is automatic mail. The caller moves it
   * to the error folder.
   */
  public void recordTooLarge(MimeMessage message, long size) {
    String key = MailParser.keyOf(message);
    InternetAddress from = MailParser.from(message);
    String sender = from == null ? null : from.getAddress().toLowerCase(Locale.ROOT);
    String subject = MailParser.subject(message);
    transaction.executeWithoutResult(status -> {
      if (processed.outcomeOf(key).isPresent()) {
        return;
      }
      String detail = "Message of " + Sizes.readable(size) + " is over the limit of "
          + Sizes.readable(props.maxMessageSize().toBytes());
      processed.record(key, MailParser.messageId(message), sender, subject, Outcome.TOO_LARGE, null, detail);
      log.warn("E-mail {} from {} \"{}\" not read, moved to folder {}: {}", MailParser.messageId(message), sender,
          subject, props.errorFolder(), detail);
      if (sender != null && LoopDetector.automatic(message, sender, props.from()).isEmpty()) {
        Map<String, Object> data = replyData(subject, MailParser.messageId(message), language(message));
        data.put("size", Sizes.readable(size));
        data.put("limit", Sizes.readable(props.maxMessageSize().toBytes()));
        notifications.send(Notification.toCustomer(NotificationKind.MAIL_TOO_LARGE, null, sender, data));
      }
    });
  }

  private Result takeIn(MimeMessage message, ParsedMail mail) {
    Optional<Outcome> earlier = processed.outcomeOf(mail.key());
    if (earlier.isPresent() && earlier.get() != Outcome.ERROR) {
      return new Result(earlier.get(), null, "already processed", true);
    }
    earlier.ifPresent(error -> processed.forget(mail.key())); // an operator put it back after an error: try again

    Optional<String> automatic = LoopDetector.automatic(message, mail.sender(), props.from());
    if (automatic.isPresent()) {
      return done(mail, Outcome.IGNORED, null, automatic.get());
    }
    if (mail.sender() == null) {
      throw new UnprocessableMailException("The message has no readable sender address (From)");
    }
    String caseNumber = caseOf(mail);
    if (caseNumber != null) {
      SupportCase supportCase = cases.get(caseNumber);
      if (!mayWrite(mail.sender(), supportCase)) {
        answerUnknownSender(mail);
        return done(mail, Outcome.NOT_ALLOWED, caseNumber, mail.sender() + " may not write to " + caseNumber);
      }
      String landed = caseService.postMailFromCustomer(caseNumber, actor(mail), text(mail));
      keepAttachments(landed, mail);
      return done(mail, Outcome.CASE_MESSAGE, landed, landed.equals(caseNumber) ? null : "follow-up of " + caseNumber);
    }
    Optional<MailSenders.Match> match = senders.match(mail.sender());
    if (match.isEmpty()) {
      answerUnknownSender(mail);
      return done(mail, Outcome.UNKNOWN_SENDER, null, "No contract registers " + mail.sender());
    }
    String opened = caseService.openFromMail(openCase(mail, match.get()), actor(mail));
    keepAttachments(opened, mail);
    return done(mail, Outcome.CASE_OPENED, opened, "Contract " + match.get().contractId());
  }

  private Result done(ParsedMail mail, Outcome outcome, String caseNumber, String detail) {
    processed.record(mail, outcome, caseNumber, detail);
    log.info("E-mail {} from {} \"{}\": {}{}{}", mail.messageId(), mail.sender(), mail.subject(), outcome,
        caseNumber == null ? "" : " " + caseNumber, detail == null ? "" : " (" + detail + ")");
    return new Result(outcome, caseNumber, detail, false);
  }

  /** The case a message is about: a known case number in its subject, else a message of ours it answers. */
  private String caseOf(ParsedMail mail) {
    Matcher numbers = CASE_NUMBER.matcher(mail.subject());
    while (numbers.find()) {
      if (cases.find(numbers.group()).isPresent()) {
        return numbers.group();
      }
    }
    for (String referenced : mail.referenced()) {
      Optional<String> caseNumber = outbox.caseOfMessageId(referenced);
      if (caseNumber.isPresent()) {
        return caseNumber.get();
      }
    }
    return null;
  }

  /** The case's caller may write to it, and so may anyone of the same company. */
  private boolean mayWrite(String sender, SupportCase supportCase) {
    if (supportCase.caller() != null && sender.equalsIgnoreCase(supportCase.caller().email())) {
      return true;
    }
    return supportCase.company() != null && senders.match(sender)
        .map(match -> match.company().strip().equalsIgnoreCase(supportCase.company().strip())).orElse(false);
  }

  private CaseRequests.OpenCase openCase(ParsedMail mail, MailSenders.Match match) {
    String product = product(match.contractId(), mail);
    String contractId = entitlements.validContractOf(match.company(), product, EngineClock.now())
        .map(Contract::id).orElse(match.contractId());
    String subject = mail.subject().isBlank() ? "(no subject)" : ProcessedMails.cut(mail.subject(), 300);
    String name = mail.senderName() != null && !mail.senderName().isBlank() ? mail.senderName()
        : mail.sender().substring(0, mail.sender().indexOf('@'));
    MailProperties.NewCase defaults = props.newCase();
    return new CaseRequests.OpenCase(ProcessedMails.cut(name, 200), match.company(), null, mail.sender(), null,
        contractId, product, defaults.category(), defaults.impact(), defaults.urgency(), subject, text(mail), "email");
  }

  /** The registered product the message names, or the contract's only one; null when it cannot tell. */
  private String product(String contractId, ParsedMail mail) {
    List<String> products = contracts.find(contractId).map(Contract::systems).orElse(List.of()).stream()
        .map(RegisteredSystem::product).distinct().toList();
    String words = (mail.subject() + "\n" + mail.text()).toLowerCase(Locale.ROOT);
    return products.stream().filter(p -> words.contains(p.toLowerCase(Locale.ROOT))).findFirst()
        .orElse(products.size() == 1 ? products.get(0) : null);
  }

  private void keepAttachments(String caseNumber, ParsedMail mail) {
    String actor = actor(mail);
    for (ParsedMail.Attachment file : mail.attachments()) {
      attachments.add(caseNumber, file, mail.key());
      timeline.record(caseNumber, actor, CaseEventKind.ATTACHMENT_ADDED,
          file.fileName() + " (" + Sizes.readable(file.content().length) + ")");
    }
    if (!mail.refused().isEmpty()) {
      String limit = Sizes.readable(props.maxAttachmentSize().toBytes());
      timeline.record(caseNumber, actor, CaseEventKind.ATTACHMENT_REJECTED,
          "Larger than " + limit + ", not kept: " + String.join(", ", mail.refused()));
      Map<String, Object> data = replyData(mail.subject(), mail.messageId(), primaryLanguage(mail.language()));
      data.put("files", mail.refused());
      data.put("limit", limit);
      notifications.send(Notification.toCustomer(NotificationKind.MAIL_ATTACHMENT_REJECTED, caseNumber,
          mail.sender(), data));
    }
  }

  /** A polite answer, at most one per address and {@code unknown-sender-reply-interval}: no mail storms. */
  private void answerUnknownSender(ParsedMail mail) {
    if (outbox.sentRecently(mail.sender(), NotificationKind.MAIL_UNKNOWN_SENDER,
        EngineClock.now().minus(props.unknownSenderReplyInterval()))) {
      return;
    }
    Map<String, Object> data = replyData(mail.subject(), mail.messageId(), primaryLanguage(mail.language()));
    data.put("sender", mail.sender());
    notifications.send(Notification.toCustomer(NotificationKind.MAIL_UNKNOWN_SENDER, null, mail.sender(), data));
  }

  private static Map<String, Object> replyData(String subject, String messageId, String language) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("subject", subject == null || subject.isBlank() ? "(no subject)" : subject);
    if (messageId != null) {
      data.put("inReplyTo", messageId);
    }
    if (language != null) {
      data.put("language", language);
    }
    return data;
  }

  private static String language(MimeMessage message) {
    return primaryLanguage(MailParser.header(message, "Content-Language"));
  }

  /** {@code de-DE, en} -> {@code de}. */
  static String primaryLanguage(String contentLanguage) {
    if (contentLanguage == null) {
      return null;
    }
    String first = contentLanguage.split(",")[0].strip();
    String primary = first.split("[-_]")[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2}") ? primary : null;
  }

  private static String actor(ParsedMail mail) {
    return ProcessedMails.cut(mail.sender(), 128);
  }

  private static String text(ParsedMail mail) {
    return mail.text().isBlank() ? "(no text)" : mail.text();
  }
}

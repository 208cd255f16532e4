package io.casedesk.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.Closeable;
import java.io.IOException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.integration.StaticMessageHeaderAccessor;
import org.springframework.integration.mail.MailReceivingMessageSource;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Handles each message the IMAP adapter fetches: {@link MailIntake} takes it in; then the original in the mailbox
 * is marked SEEN, or, when it could not be processed, moved to the error folder and logged. Nothing is dropped: when
 * the failure is passing (the database is unreachable) the message stays unseen for the next poll.
 */
public class InboundMailbox {

  private static final Logger log = LoggerFactory.getLogger(InboundMailbox.class);

  private final MailReceivingMessageSource source;
  private final CaseMailReceiver receiver;
  private final MailIntake intake;
  private final String errorFolder;

  InboundMailbox(MailReceivingMessageSource source, CaseMailReceiver receiver, MailIntake intake, String errorFolder) {
    this.source = source;
    this.receiver = receiver;
    this.intake = intake;
    this.errorFolder = errorFolder;
  }

  /** Reads the mailbox now and handles every new message; returns how many. The adapter does this on its poller. */
  public int pollOnce() {
    int handled = 0;
    for (org.springframework.messaging.Message<?> message = source.receive(); message != null;
        message = source.receive()) {
      handle(message);
      handled++;
    }
    return handled;
  }

  public void handle(org.springframework.messaging.Message<?> message) {
    MimeMessage mail = (MimeMessage) message.getPayload();
    Long uid = message.getHeaders().get(CaseMailReceiver.UID, Long.class);
    Closeable folderCloser = StaticMessageHeaderAccessor.getCloseableResource(message);
    try {
      intake.take(mail);
      flagSeen(mail, uid);
    } catch (Exception e) {
      if (transientFailure(e)) {
        // e.g. the database is down: the message stays unseen and is read again at the next poll
        log.warn("E-mail {} not taken in yet, will retry: {}", MailParser.messageId(mail), e.toString());
        return;
      }
      String messageId = MailParser.messageId(mail);
      log.error("E-mail {} \"{}\" could not be processed, moved to folder {}: {}", messageId,
          MailParser.subject(mail), errorFolder, e.toString(), e);
      try {
        intake.recordError(mail, e);
      } catch (RuntimeException recordFailed) {
        log.error("Could not record the error of e-mail {}", messageId, recordFailed);
      }
      moveToErrorFolder(mail, uid);
    } finally {
      close(folderCloser);
    }
  }

  private static boolean transientFailure(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
          || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientException
          || cause instanceof SQLRecoverableException) {
        return true;
      }
    }
    return false;
  }

  private void flagSeen(MimeMessage mail, Long uid) {
    try {
      Message original = original(mail, uid);
      if (original != null) {
        original.setFlag(Flags.Flag.SEEN, true);
      }
    } catch (MessagingException e) {
      // it stays unseen and is fetched again; MailIntake then finds it handled
      log.warn("Could not mark e-mail {} as seen: {}", MailParser.messageId(mail), e.toString());
    }
  }

  private void moveToErrorFolder(MimeMessage mail, Long uid) {
    try {
      Message original = original(mail, uid);
      if (original != null) {
        receiver.moveToErrorFolder(original.getFolder(), original);
      } else {
        Folder errors = mail.getFolder().getStore().getFolder(errorFolder);
        if (!errors.exists()) {
          errors.create(Folder.HOLDS_MESSAGES);
        }
        errors.appendMessages(new Message[] {mail});
      }
    } catch (MessagingException e) {
      log.error("Could not move e-mail {} to folder {}; it stays in the mailbox: {}", MailParser.messageId(mail),
          errorFolder, e.toString());
    }
  }

  private static Message original(MimeMessage mail, Long uid) throws MessagingException {
    Folder folder = mail.getFolder();
    if (uid == null || !(folder instanceof UIDFolder uidFolder)) {
      return null;
    }
    if (!folder.isOpen()) {
      folder.open(Folder.READ_WRITE);
    }
    return uidFolder.getMessageByUID(uid);
  }

  private static void close(Closeable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (IOException | RuntimeException e) {
        log.debug("Closing the mail folder failed", e);
      }
    }
  }
}

package io.casedesk.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.integration.mail.ImapMailReceiver;
import org.springframework.integration.support.MessageBuilder;

/**
 * Spring Integration's IMAP receiver, made safe against loss: it fetches every message that is neither SEEN nor
 * DELETED and flags nothing itself. The handler marks a message SEEN only after its transaction committed, or moves
 * it to the error folder; a crash in between leaves it unseen, to be fetched again (and found already handled).
 * Each fetched message carries its IMAP UID in the header {@link #UID}, so the handler can find the original.
 * Messages over the size limit are not fetched at all: they are handed to {@code oversized} and moved aside.
 */
class CaseMailReceiver extends ImapMailReceiver {

  static final String UID = "casedesk_imap_uid";

  private final long maxMessageSize;
  private final String errorFolder;
  private final BiConsumer<Message, Long> oversized;
  private List<Long> lastUids = List.of();

  CaseMailReceiver(String url, long maxMessageSize, String errorFolder, BiConsumer<Message, Long> oversized) {
    super(url);
    this.maxMessageSize = maxMessageSize;
    this.errorFolder = errorFolder;
    this.oversized = oversized;
    setShouldMarkMessagesAsRead(false);
    setShouldDeleteMessages(false);
    setSimpleContent(true);
    setAutoCloseFolder(false);
    setSearchTermStrategy((supportedFlags, folder) -> new AndTerm(
        new FlagTerm(new Flags(Flags.Flag.SEEN), false), new FlagTerm(new Flags(Flags.Flag.DELETED), false)));
  }

  @Override
  protected Message[] searchForNewMessages() throws MessagingException {
    Folder folder = getFolder();
    List<Message> accepted = new ArrayList<>();
    List<Long> uids = new ArrayList<>();
    for (Message message : super.searchForNewMessages()) {
      if (message.getSize() > maxMessageSize) {
        oversized.accept(message, (long) message.getSize());
        moveToErrorFolder(folder, message);
      } else {
        accepted.add(message);
        uids.add(((UIDFolder) folder).getUID(message));
      }
    }
    lastUids = uids;
    return accepted.toArray(new Message[0]);
  }

  /** The fetched messages, each with the UID of its original in the mailbox. */
  @Override
  public Object[] receive() throws MessagingException {
    Object[] received = super.receive();
    List<Long> uids = lastUids;
    for (int i = 0; i < received.length && i < uids.size(); i++) {
      if (received[i] instanceof org.springframework.messaging.Message<?> message) {
        received[i] = MessageBuilder.fromMessage(message).setHeader(UID, uids.get(i)).build();
      }
    }
    return received;
  }

  /** Copies the message to the error folder (created when missing) and flags the original DELETED. */
  void moveToErrorFolder(Folder folder, Message message) throws MessagingException {
    Folder errors = folder.getStore().getFolder(errorFolder);
    if (!errors.exists()) {
      errors.create(Folder.HOLDS_MESSAGES);
    }
    folder.copyMessages(new Message[] {message}, errors);
    message.setFlag(Flags.Flag.DELETED, true);
  }
}

package io.casedesk.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.StoreClosedException;
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

  /**
   * Fetches envelope (with the size), flags and UID, but not the MIME structure: the whole message is copied next
   * anyway, and a server may choke on the structure of a broken message, which would block the mailbox.
   */
  @Override
  protected void fetchMessages(Message[] messages) throws MessagingException {
    FetchProfile profile = new FetchProfile();
    profile.add(FetchProfile.Item.ENVELOPE);
    profile.add(FetchProfile.Item.FLAGS);
    profile.add(UIDFolder.FetchProfileItem.UID);
    getFolder().fetch(messages, profile);
  }

  /**
   * The fetched messages, each with the UID of its original in the mailbox. A connection the server dropped since
   * the last read is opened again; with nothing fetched the folder is closed (the handler closes it otherwise).
   */
  @Override
  public Object[] receive() throws MessagingException {
    Object[] received;
    try {
      received = super.receive();
    } catch (FolderClosedException | StoreClosedException dropped) {
      closeFolder();
      received = super.receive();
    }
    if (received.length == 0) {
      closeFolder();
    }
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

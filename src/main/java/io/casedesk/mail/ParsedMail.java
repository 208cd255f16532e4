package io.casedesk.mail;

import java.util.List;

/**
 * What Casedesk takes from an inbound e-mail.
 *
 * @param key        identifies the message across redeliveries: a hash of its Message-ID, or of its content
 * @param messageId  the Message-ID header, or null
 * @param sender     the From address in lower case, or null when missing or unreadable
 * @param senderName the From display name, or null
 * @param subject    the decoded subject, never null
 * @param referenced Message-IDs from In-Reply-To and References
 * @param text       the body as plain text, without the quoted earlier message, at most {@link MailParser#MAX_TEXT}
 * @param language   the Content-Language, or null
 * @param attachments files within the size limit
 * @param refused    files over the size limit: name and size as told to the sender
 */
public record ParsedMail(String key, String messageId, String sender, String senderName, String subject,
    List<String> referenced, String text, String language, List<Attachment> attachments, List<String> refused) {

  public record Attachment(String fileName, String contentType, byte[] content) {}
}

package io.casedesk.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an inbound e-mail defensively: undecodable headers are kept raw, unknown charsets fall back to UTF-8 or
 * Latin-1, HTML-only bodies become text, the body is cut to a size the case can hold, attachments over the limit
 * are refused. Only a message whose structure cannot be read at all is {@link UnprocessableMailException}.
 */
public final class MailParser {

  /** Longest body kept: the timeline and the case description hold 10,000 characters. */
  public static final int MAX_TEXT = 9000;
  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
  private static final Pattern QUOTE_HEADER = Pattern.compile(
      "^(On\\s.+wrote:|Am\\s.+schrieb.*:|-{2,}\\s*(Original Message|Urspr\u00fcngliche Nachricht)\\s*-{2,})\\s*$",
      Pattern.CASE_INSENSITIVE);

  private MailParser() {}

  public static ParsedMail parse(MimeMessage message, long maxAttachmentBytes) {
    String messageId = messageId(message);
    InternetAddress from = from(message);
    Body body = new Body(maxAttachmentBytes);
    try {
      body.read(message);
    } catch (MessagingException | IOException e) {
      throw new UnprocessableMailException("Unreadable MIME structure: " + e.getMessage(), e);
    }
    String text = body.text != null ? body.text : body.html != null ? htmlToText(body.html) : "";
    text = withoutQuote(text.replace("\r\n", "\n")).strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT) + "\n[... shortened]";
    }
    List<String> referenced = new ArrayList<>();
    for (String name : List.of("In-Reply-To", "References")) {
      String value = header(message, name);
      if (value != null) {
        Matcher ids = MESSAGE_ID.matcher(value);
        while (ids.find()) {
          referenced.add(ids.group());
        }
      }
    }
    return new ParsedMail(key(messageId, message), messageId,
        from == null ? null : from.getAddress().toLowerCase(Locale.ROOT),
        from == null ? null : from.getPersonal(), subject(message), referenced, text, header(message, "Content-Language"),
        body.attachments, body.refused);
  }

  /** The header's first value, or null; never throws. */
  static String header(MimeMessage message, String name) {
    try {
      String value = message.getHeader(name, null);
      return value == null || value.isBlank() ? null : value.strip();
    } catch (MessagingException e) {
      return null;
    }
  }

  static String subject(MimeMessage message) {
    String raw = header(message, "Subject");
    if (raw == null) {
      return "";
    }
    try {
      return MimeUtility.decodeText(MimeUtility.unfold(raw)).strip();
    } catch (Exception undecodable) {
      return MimeUtility.unfold(raw).strip();
    }
  }

  static InternetAddress from(MimeMessage message) {
    String raw = header(message, "From");
    if (raw == null) {
      raw = header(message, "Sender");
    }
    if (raw == null) {
      return null;
    }
    try {
      InternetAddress[] parsed = InternetAddress.parseHeader(raw, false);
      if (parsed.length == 0 || parsed[0].getAddress() == null || !parsed[0].getAddress().contains("@")) {
        return null;
      }
      return parsed[0];
    } catch (AddressException e) {
      return null;
    }
  }

  /** What identifies the message across redeliveries, even when it cannot be parsed. */
  public static String keyOf(MimeMessage message) {
    return key(messageId(message), message);
  }

  static String messageId(MimeMessage message) {
    String messageId = header(message, "Message-ID");
    if (messageId != null) {
      Matcher id = MESSAGE_ID.matcher(messageId);
      messageId = id.find() ? id.group() : messageId.strip();
      if (messageId.length() > 250) {
        messageId = messageId.substring(0, 250);
      }
    }
    return messageId;
  }

  /** A hash of the Message-ID, or of the whole message when it has none. */
  private static String key(String messageId, MimeMessage message) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      if (messageId != null) {
        return "id:" + HexFormat.of().formatHex(sha.digest(messageId.getBytes(StandardCharsets.UTF_8)));
      }
      try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
        message.writeTo(out);
      } catch (IOException | MessagingException e) {
        sha.reset();
        sha.update((String.valueOf(header(message, "From")) + "|" + header(message, "Date") + "|"
            + header(message, "Subject")).getBytes(StandardCharsets.UTF_8));
      }
      return "content:" + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Drops the quoted earlier message a reply carries below (or above) the new text. */
  static String withoutQuote(String text) {
    List<String> kept = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (QUOTE_HEADER.matcher(line.strip()).matches()) {
        break;
      }
      kept.add(line);
    }
    int end = kept.size();
    while (end > 0 && (kept.get(end - 1).isBlank() || kept.get(end - 1).startsWith(">"))) {
      end--;
    }
    String result = String.join("\n", kept.subList(0, end));
    return result.isBlank() ? text : result;
  }

  /** The text a reader sees in an HTML body: blocks and line breaks on lines of their own, no script or style. */
  static String htmlToText(String html) {
    Document document = Jsoup.parse(html);
    document.select("script, style, head, template").remove();
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode words) {
          text.append(words.text());
        } else if (node instanceof Element element && element.nameIs("br")) {
          text.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && element.isBlock() && !text.isEmpty()
            && text.charAt(text.length() - 1) != '\n') {
          text.append('\n');
        }
      }
    }, document.body());
    return text.toString().replace('\u00A0', ' ').replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n")
        .strip();
  }

  /** Walks the MIME tree: the first text/plain and text/html parts are the body, named parts are attachments. */
  private static final class Body {
    final long maxAttachmentBytes;
    final List<ParsedMail.Attachment> attachments = new ArrayList<>();
    final List<String> refused = new ArrayList<>();
    String text;
    String html;

    Body(long maxAttachmentBytes) {
      this.maxAttachmentBytes = maxAttachmentBytes;
    }

    void read(Part part) throws MessagingException, IOException {
      String type = contentType(part);
      String fileName = fileName(part);
      boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || fileName != null;
      if (type.startsWith("multipart/") && !attachment) {
        Object content = part.getContent();
        if (!(content instanceof Multipart multipart)) {
          throw new MessagingException("A " + type + " part without parts");
        }
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          read(child);
        }
      } else if (!attachment && type.equals("text/plain") && text == null) {
        text = text(part);
      } else if (!attachment && type.equals("text/html") && html == null) {
        html = text(part);
      } else if (attachment || !type.startsWith("text/")) {
        keep(part, fileName, type);
      }
    }

    private void keep(Part part, String fileName, String type) throws MessagingException, IOException {
      String name = fileName != null ? fileName : type.equals("message/rfc822") ? "message.eml" : "attachment";
      if (name.length() > 300) {
        name = name.substring(name.length() - 300);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      long total = 0;
      try (InputStream in = part.getInputStream()) {
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          total += n;
          if (total > maxAttachmentBytes) {
            for (int more = in.read(buffer); more >= 0; more = in.read(buffer)) {
              total += more; // only counted, never held
            }
            refused.add(name + " (" + Sizes.readable(total) + ")");
            return;
          }
          bytes.write(buffer, 0, n);
        }
      }
      attachments.add(new ParsedMail.Attachment(name, type.length() > 200 ? type.substring(0, 200) : type,
          bytes.toByteArray()));
    }

    /** The part's text; a charset Java does not know, or bytes that do not fit it, fall back to UTF-8, then Latin-1. */
    private static String text(Part part) throws MessagingException, IOException {
      byte[] raw;
      try (InputStream in = part.getInputStream()) {
        raw = in.readAllBytes();
      } catch (IOException wrongTransferEncoding) {
        if (!(part instanceof jakarta.mail.internet.MimePart mime)) {
          throw wrongTransferEncoding;
        }
        try (InputStream in = rawStream(mime)) {
          raw = in.readAllBytes();
        }
      }
      String charset = null;
      try {
        charset = new ContentType(part.getContentType()).getParameter("charset");
      } catch (Exception unreadableContentType) {
        // fall back below
      }
      if (charset != null) {
        try {
          return strict(Charset.forName(MimeUtility.javaCharset(charset.strip())), raw);
        } catch (Exception unknownOrWrongCharset) {
          // fall back below
        }
      }
      try {
        return strict(StandardCharsets.UTF_8, raw);
      } catch (CharacterCodingException notUtf8) {
        return new String(raw, StandardCharsets.ISO_8859_1);
      }
    }

    private static InputStream rawStream(jakarta.mail.internet.MimePart part) throws MessagingException {
      if (part instanceof MimeMessage message) {
        return message.getRawInputStream();
      }
      return ((jakarta.mail.internet.MimeBodyPart) part).getRawInputStream();
    }

    private static String strict(Charset charset, byte[] raw) throws CharacterCodingException {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
    }

    private static String contentType(Part part) {
      try {
        String raw = part.getContentType();
        return raw == null ? "text/plain" : new ContentType(raw).getBaseType().toLowerCase(Locale.ROOT);
      } catch (Exception unreadable) {
        return "application/octet-stream";
      }
    }

    private static String disposition(Part part) {
      try {
        return part.getDisposition();
      } catch (MessagingException unreadable) {
        return null;
      }
    }

    private static String fileName(Part part) {
      try {
        String name = part.getFileName();
        if (name == null || name.isBlank()) {
          return null;
        }
        try {
          name = MimeUtility.decodeText(name);
        } catch (Exception undecodable) {
          // keep it raw
        }
        return name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
      } catch (MessagingException unreadable) {
        return null;
      }
    }
  }
}

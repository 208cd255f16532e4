package io.casedesk.support;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real SMTP and IMAP server (GreenMail) for the whole test JVM, on free ports, and the shared test context
 * pointed at it: {@code spring.mail.*} for sending, {@code casedesk.mail.imap-url} for the support mailbox. The
 * inbound adapter does not poll on its own in tests ({@code casedesk.mail.auto-startup=false}); tests read the
 * mailbox with {@code InboundMailbox.pollOnce()} and drain the outbox with {@code OutboxSender.drain()}.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String SUPPORT = "support@casedesk.test";
  public static final String SUPPORT_LOGIN = "support";
  public static final String SUPPORT_PASSWORD = "secret";

  private static GreenMail greenMail;
  private static int smtpPort;
  private static int imapPort;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    start();
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail-server", Map.of(
        "spring.mail.host", "127.0.0.1",
        "spring.mail.port", smtpPort,
        "casedesk.mail.from", "Casedesk Support <" + SUPPORT + ">",
        "casedesk.mail.imap-url",
        "imap://" + SUPPORT_LOGIN + ":" + SUPPORT_PASSWORD + "@127.0.0.1:" + imapPort + "/INBOX")));
  }

  public static synchronized GreenMail greenMail() {
    start();
    return greenMail;
  }

  private static synchronized void start() {
    if (greenMail == null) {
      smtpPort = freePort();
      imapPort = freePort();
      startOnPorts();
    }
  }

  private static void startOnPorts() {
    greenMail = new GreenMail(new ServerSetup[] {
        new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
    greenMail.start();
    greenMail.setUser(SUPPORT, SUPPORT_LOGIN, SUPPORT_PASSWORD);
  }

  /** The mail server goes down: SMTP and IMAP refuse connections until {@link #restart()}. */
  public static synchronized void stop() {
    greenMail.stop();
  }

  /** The mail server is back, on the same ports, with empty mailboxes. */
  public static synchronized void restart() {
    startOnPorts();
  }

  /** Sends a message through SMTP, as a mail client would. */
  public static void send(MimeMessage message) throws MessagingException {
    Transport.send(message);
  }

  public static Session smtpSession() {
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.host", "127.0.0.1");
    properties.setProperty("mail.smtp.port", String.valueOf(smtpPort));
    return Session.getInstance(properties);
  }

  /** Puts a message, byte for byte as given, into the support mailbox (broken MIME survives no mail client). */
  public static void deliverRaw(String raw) throws MessagingException {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
        new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1)));
    GreenMailUser support = greenMail().getUserManager().getUser(SUPPORT_LOGIN);
    support.deliver(message);
  }

  /** Every message delivered to the address, oldest first. */
  public static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(greenMail().getReceivedMessages()).filter(m -> {
      try {
        return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients())
            .anyMatch(a -> a.toString().toLowerCase().contains(address.toLowerCase()));
      } catch (MessagingException e) {
        return false;
      }
    }).toList();
  }

  /** The text/plain part of a received message; null if it has none. */
  public static String textOf(Part part) {
    try {
      if (part.isMimeType("text/plain")) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          String text = textOf(multipart.getBodyPart(i));
          if (text != null) {
            return text;
          }
        }
      }
      return null;
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a folder of the support mailbox over IMAP. */
  public static <T> T inSupportFolder(String name, Function<Message[], T> reader) throws MessagingException {
    Properties properties = new Properties();
    Store store = Session.getInstance(properties).getStore("imap");
    store.connect("127.0.0.1", imapPort, SUPPORT_LOGIN, SUPPORT_PASSWORD);
    try {
      Folder folder = store.getFolder(name);
      if (!folder.exists()) {
        return reader.apply(new Message[0]);
      }
      folder.open(Folder.READ_ONLY);
      try {
        return reader.apply(folder.getMessages());
      } finally {
        folder.close(false);
      }
    } finally {
      store.close();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("No free port for the test mail server", e);
    }
  }
}

package io.casedesk.mail;

import io.casedesk.process.EngineClock;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inbound messages already handled (table {@code processed_mail}), so a redelivery changes nothing. */
@Repository
public class ProcessedMails {

  public enum Outcome { CASE_OPENED, CASE_MESSAGE, UNKNOWN_SENDER, NOT_ALLOWED, IGNORED, TOO_LARGE, ERROR }

  private final JdbcClient jdbc;

  public ProcessedMails(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Outcome> outcomeOf(String key) {
    return jdbc.sql("SELECT outcome FROM processed_mail WHERE mail_key = :key").param("key", key)
        .query(String.class).optional().map(Outcome::valueOf);
  }

  /** Records the message; a {@code DuplicateKeyException} means another node took it at the same time. */
  public void record(ParsedMail mail, Outcome outcome, String caseNumber, String detail) {
    record(mail.key(), mail.messageId(), mail.sender(), mail.subject(), outcome, caseNumber, detail);
  }

  public void record(String key, String messageId, String sender, String subject, Outcome outcome,
      String caseNumber, String detail) {
    jdbc.sql("""
            INSERT INTO processed_mail (mail_key, message_id, sender, subject, outcome, case_number, detail, processed_at)
            VALUES (:key, :messageId, :sender, :subject, :outcome, :caseNumber, :detail, :at)""")
        .param("key", key)
        .param("messageId", cut(messageId, 250))
        .param("sender", cut(sender, 320))
        .param("subject", cut(subject, 300))
        .param("outcome", outcome.name())
        .param("caseNumber", caseNumber)
        .param("detail", cut(detail, 2000))
        .param("at", Timestamp.from(EngineClock.now()))
        .update();
  }

  public void forget(String key) {
    jdbc.sql("DELETE FROM processed_mail WHERE mail_key = :key").param("key", key).update();
  }

  static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}

package io.casedesk.mail;

import io.casedesk.process.EngineClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Files kept with a case (table {@code case_attachment}), in the database so every node serves them. */
@Repository
public class Attachments {

  public record Info(long id, String caseNumber, String fileName, String contentType, long size, Instant createdAt) {}

  public record Content(Info info, byte[] bytes) {}

  private final JdbcClient jdbc;

  public Attachments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void add(String caseNumber, ParsedMail.Attachment file, String mailKey) {
    jdbc.sql("""
            INSERT INTO case_attachment (case_number, file_name, content_type, size_bytes, content, mail_key, created_at)
            VALUES (:caseNumber, :fileName, :contentType, :size, :content, :mailKey, :at)""")
        .param("caseNumber", caseNumber)
        .param("fileName", file.fileName())
        .param("contentType", file.contentType())
        .param("size", (long) file.content().length)
        .param("content", file.content())
        .param("mailKey", mailKey)
        .param("at", Timestamp.from(EngineClock.now()))
        .update();
  }

  public List<Info> of(String caseNumber) {
    return jdbc.sql("""
            SELECT id, case_number, file_name, content_type, size_bytes, created_at FROM case_attachment
            WHERE case_number = :n ORDER BY id""")
        .param("n", caseNumber)
        .query((rs, row) -> new Info(rs.getLong("id"), rs.getString("case_number"), rs.getString("file_name"),
            rs.getString("content_type"), rs.getLong("size_bytes"), rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  public Optional<Content> get(String caseNumber, long id) {
    return jdbc.sql("SELECT * FROM case_attachment WHERE case_number = :n AND id = :id")
        .param("n", caseNumber).param("id", id)
        .query((rs, row) -> new Content(new Info(rs.getLong("id"), rs.getString("case_number"),
            rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
            rs.getTimestamp("created_at").toInstant()), rs.getBytes("content")))
        .optional();
  }
}

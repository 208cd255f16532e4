package io.casedesk.cases;

import io.casedesk.process.EngineClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Adds up, per case, the wall-clock time spent waiting for the customer (reports leave it out). */
@Component
public class WaitingTime {

  private final JdbcClient jdbc;

  public WaitingTime(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void start(String caseNumber) {
    jdbc.sql("UPDATE support_case SET waiting_since = :now WHERE case_number = :n AND waiting_since IS NULL")
        .param("now", Timestamp.from(EngineClock.now())).param("n", caseNumber).update();
  }

  public void stop(String caseNumber) {
    Instant now = EngineClock.now();
    jdbc.sql("SELECT waiting_since FROM support_case WHERE case_number = :n").param("n", caseNumber)
        .query((rs, row) -> rs.getTimestamp(1)).optional()
        .ifPresent(since -> jdbc.sql("""
            UPDATE support_case SET waiting_millis = waiting_millis + :ms, waiting_since = NULL
            WHERE case_number = :n""")
            .param("ms", Duration.between(since.toInstant(), now).toMillis()).param("n", caseNumber).update());
  }

  /** The case is closed while waiting for the customer's confirmation: that wait came after the resolution. */
  public void discard(String caseNumber) {
    jdbc.sql("UPDATE support_case SET waiting_since = NULL WHERE case_number = :n").param("n", caseNumber).update();
  }
}

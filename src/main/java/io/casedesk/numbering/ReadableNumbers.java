package io.casedesk.numbering;

import io.casedesk.process.EngineClock;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;

/**
 * Numbers people read out on the phone, such as {@code CS-2026-000042}: a prefix, the year of the engine clock
 * and a running number from a database sequence, so that every node of a cluster agrees.
 */
public final class ReadableNumbers {

  private final String prefix;
  private final DataFieldMaxValueIncrementer sequence;

  public ReadableNumbers(DataSource dataSource, String sequenceName, String prefix) throws MetaDataAccessException {
    this.prefix = prefix;
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    this.sequence = "H2".equals(product)
        ? new H2SequenceMaxValueIncrementer(dataSource, sequenceName)
        : new PostgresSequenceMaxValueIncrementer(dataSource, sequenceName);
  }

  public String next() {
    int year = EngineClock.now().atZone(ZoneOffset.UTC).getYear();
    return "%s-%d-%06d".formatted(prefix, year, sequence.nextLongValue());
  }
}

package io.casedesk.emergency;

import io.casedesk.calendar.EngineClock;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Red flag numbers such as {@code RF-2026-000007}, from a database sequence (unique across nodes). */
@Component
public class RedFlagNumbers {

  private final DataFieldMaxValueIncrementer sequence;

  public RedFlagNumbers(DataSource dataSource) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    this.sequence = "H2".equals(product)
        ? new H2SequenceMaxValueIncrementer(dataSource, "red_flag_number_seq")
        : new PostgresSequenceMaxValueIncrementer(dataSource, "red_flag_number_seq");
  }

  public String next() {
    int year = EngineClock.now().atZone(ZoneOffset.UTC).getYear();
    return "RF-%d-%06d".formatted(year, sequence.nextLongValue());
  }
}

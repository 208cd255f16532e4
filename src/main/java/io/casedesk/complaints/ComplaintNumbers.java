package io.casedesk.complaints;

import io.casedesk.calendar.EngineClock;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Complaint ids such as {@code CP-2026-000001}, from a database sequence so that nodes never clash. */
@Component
public class ComplaintNumbers {

  private final DataFieldMaxValueIncrementer sequence;

  public ComplaintNumbers(DataSource dataSource) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    this.sequence = "H2".equals(product)
        ? new H2SequenceMaxValueIncrementer(dataSource, "complaint_number_seq")
        : new PostgresSequenceMaxValueIncrementer(dataSource, "complaint_number_seq");
  }

  public String next() {
    int year = EngineClock.now().atZone(ZoneOffset.UTC).getYear();
    return "CP-%d-%06d".formatted(year, sequence.nextLongValue());
  }
}

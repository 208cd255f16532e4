package io.casedesk.rma;

import io.casedesk.calendar.EngineClock;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** RMA ids such as {@code RMA-2026-000007}, from a database sequence so that every node agrees. */
@Component
public class RmaNumbers {

  private final DataFieldMaxValueIncrementer sequence;

  public RmaNumbers(DataSource dataSource) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    this.sequence = "H2".equals(product)
        ? new H2SequenceMaxValueIncrementer(dataSource, "rma_number_seq")
        : new PostgresSequenceMaxValueIncrementer(dataSource, "rma_number_seq");
  }

  public String next() {
    int year = EngineClock.now().atZone(ZoneOffset.UTC).getYear();
    return "RMA-%d-%06d".formatted(year, sequence.nextLongValue());
  }
}

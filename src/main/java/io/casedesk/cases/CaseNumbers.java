package io.casedesk.cases;

import io.casedesk.calendar.EngineClock;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Readable case numbers such as {@code CS-2026-000042}. The running number comes from a database sequence,
 * so numbers stay unique when several nodes share the database.
 */
@Component
public class CaseNumbers {

  private final DataFieldMaxValueIncrementer sequence;

  public CaseNumbers(DataSource dataSource) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    this.sequence = "H2".equals(product)
        ? new H2SequenceMaxValueIncrementer(dataSource, "case_number_seq")
        : new PostgresSequenceMaxValueIncrementer(dataSource, "case_number_seq");
  }

  public String next() {
    int year = EngineClock.now().atZone(ZoneOffset.UTC).getYear();
    return "CS-%d-%06d".formatted(year, sequence.nextLongValue());
  }
}

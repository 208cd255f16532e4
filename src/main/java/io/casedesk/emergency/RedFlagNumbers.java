package io.casedesk.emergency;

import io.casedesk.numbering.ReadableNumbers;
import javax.sql.DataSource;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** Red flag numbers such as {@code RF-2026-000007}, from a database sequence (unique across nodes). */
@Component
public class RedFlagNumbers {

  private final ReadableNumbers numbers;

  public RedFlagNumbers(DataSource dataSource) throws MetaDataAccessException {
    this.numbers = new ReadableNumbers(dataSource, "red_flag_number_seq", "RF");
  }

  public String next() {
    return numbers.next();
  }
}

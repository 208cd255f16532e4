package io.casedesk.changes;

import io.casedesk.numbering.ReadableNumbers;
import javax.sql.DataSource;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** Change ids such as {@code CHG-2026-000007}, from a database sequence so that every node agrees. */
@Component
public class ChangeNumbers {

  private final ReadableNumbers numbers;

  public ChangeNumbers(DataSource dataSource) throws MetaDataAccessException {
    this.numbers = new ReadableNumbers(dataSource, "change_number_seq", "CHG");
  }

  public String next() {
    return numbers.next();
  }
}

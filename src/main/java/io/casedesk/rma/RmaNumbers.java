package io.casedesk.rma;

import io.casedesk.numbering.ReadableNumbers;
import javax.sql.DataSource;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** RMA ids such as {@code RMA-2026-000007}, from a database sequence so that every node agrees. */
@Component
public class RmaNumbers {

  private final ReadableNumbers numbers;

  public RmaNumbers(DataSource dataSource) throws MetaDataAccessException {
    this.numbers = new ReadableNumbers(dataSource, "rma_number_seq", "RMA");
  }

  public String next() {
    return numbers.next();
  }
}

package io.casedesk.complaints;

import io.casedesk.numbering.ReadableNumbers;
import javax.sql.DataSource;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** Complaint ids such as {@code CP-2026-000001}, from a database sequence so that nodes never clash. */
@Component
public class ComplaintNumbers {

  private final ReadableNumbers numbers;

  public ComplaintNumbers(DataSource dataSource) throws MetaDataAccessException {
    this.numbers = new ReadableNumbers(dataSource, "complaint_number_seq", "CP");
  }

  public String next() {
    return numbers.next();
  }
}

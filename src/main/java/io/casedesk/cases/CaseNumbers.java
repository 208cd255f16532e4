package io.casedesk.cases;

import io.casedesk.numbering.ReadableNumbers;
import javax.sql.DataSource;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Readable case numbers such as {@code CS-2026-000042}. The running number comes from a database sequence,
 * so numbers stay unique when several nodes share the database.
 */
@Component
public class CaseNumbers {

  private final ReadableNumbers numbers;

  public CaseNumbers(DataSource dataSource) throws MetaDataAccessException {
    this.numbers = new ReadableNumbers(dataSource, "case_number_seq", "CS");
  }

  public String next() {
    return numbers.next();
  }
}

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

  /** What a case number looks like, for checking one that someone typed or quoted in a mail's subject. */
  public static final String PATTERN = "CS-\\d{4}-\\d{6}";
  private static final String PREFIX = "CS";

  private final ReadableNumbers numbers;

  public CaseNumbers(DataSource dataSource) throws MetaDataAccessException {
    this.numbers = new ReadableNumbers(dataSource, "case_number_seq", PREFIX);
  }

  public String next() {
    return numbers.next();
  }
}

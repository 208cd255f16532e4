package io.casedesk.problems;

import io.casedesk.numbering.ReadableNumbers;
import javax.sql.DataSource;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** Problem numbers such as {@code PB-2026-000003}, from a database sequence (unique across nodes). */
@Component
public class ProblemNumbers {

  /** What a problem number looks like, for request checks. */
  public static final String PATTERN = "PB-\\d{4}-\\d{6}";

  private final ReadableNumbers numbers;

  public ProblemNumbers(DataSource dataSource) throws MetaDataAccessException {
    this.numbers = new ReadableNumbers(dataSource, "problem_number_seq", "PB");
  }

  public String next() {
    return numbers.next();
  }
}

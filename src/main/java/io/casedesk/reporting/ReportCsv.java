package io.casedesk.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as CSV: one row per figure, {@code section,figure,value}, in RFC 4180 quoting, so that a queue or
 * department named "Sales, EMEA" stays one column. A text that a spreadsheet would run as a formula (starting with
 * {@code = + - @}) is written with a leading apostrophe.
 */
final class ReportCsv {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader("section", "figure", "value").setRecordSeparator('\n').get();

  private final List<List<Object>> rows = new ArrayList<>();

  ReportCsv add(String section, String figure, Object value) {
    rows.add(List.of(section, figure, value == null ? "" : value));
    return this;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (List<Object> row : rows) {
        printer.printRecord(row.stream().map(ReportCsv::inert).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString();
  }

  private static Object inert(Object value) {
    return value instanceof String text && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0
        ? "'" + text : value;
  }
}

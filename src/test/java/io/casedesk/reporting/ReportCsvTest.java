package io.casedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Names that analysts and admins write (queues, departments, complaint classes) stay one column each. */
class ReportCsvTest {

  @Test
  void commasQuotesAndLineBreaksInNamesReadBackAsWritten() throws IOException {
    String csv = new ReportCsv()
        .add("opened", "queue Sales, EMEA", 3)
        .add("complaints", "department \"Field\" service\nnight", 1)
        .add("opened", "total", 4)
        .add("rma", "turnaround mean hours", null)
        .toString();

    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
    assertThat(csv).startsWith("section,figure,value\n");
    assertThat(rows).extracting(r -> r.get("figure"))
        .containsExactly("queue Sales, EMEA", "department \"Field\" service\nnight", "total", "turnaround mean hours");
    assertThat(rows).extracting(r -> r.get("value")).containsExactly("3", "1", "4", "");
  }

  @Test
  void aNameASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
    String csv = new ReportCsv().add("opened", "=HYPERLINK(\"http://x\")", 1).add("case", "CS-2026-000001", "OPEN")
        .toString();

    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    assertThat(rows.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(rows.get(2).get(1)).isEqualTo("CS-2026-000001");
  }
}

package io.casedesk.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An inspection report as CSV, one row per system, in RFC 4180 quoting; a text a spreadsheet would run as a formula
 * (starting with {@code = + - @}) gets a leading apostrophe.
 */
final class InspectionCsv {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
      .setHeader("inspection", "company", "contract", "due_on", "status", "system", "product", "serial_number",
          "site", "hardware_checked", "logs_reviewed", "configuration_backed_up", "condition", "software_version", "notes", "recommendation", "follow_up", "case_number", "change_id",
          "inspected_by", "inspected_at")
      .get();

  private InspectionCsv() {}

  static String of(Inspection inspection) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (Inspection.Finding f : inspection.findings()) {
        printer.printRecord(inspection.inspectionNumber(), inert(inspection.company()), inspection.contractId(),
            inspection.dueOn(), inspection.status(), f.systemIndex() + 1, inert(f.product()),
            inert(f.serialNumber()), inert(f.site()), f.hardwareChecked(), f.logsReviewed(),
            f.configurationBackedUp(), f.condition(), inert(f.softwareVersion()), inert(f.notes()),
            inert(f.recommendation()), f.followUp(), f.caseNumber(), f.changeId(), f.inspectedBy(), f.inspectedAt());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString();
  }

  private static String inert(String text) {
    return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}

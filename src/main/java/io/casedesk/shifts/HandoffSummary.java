package io.casedesk.shifts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The hand-off report as the hand-off forms show it (Markdown), in the incoming shift's local time. It lives in
 * a process variable, which the engine stores in at most 4000 characters: long lists are cut, and the full
 * report is one REST call away.
 */
final class HandoffSummary {

  static final int MAX_LENGTH = 3900;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm z", Locale.ENGLISH);
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ENGLISH)
      .withZone(ZoneId.of("UTC"));

  private HandoffSummary() {}

  static String of(long handoffId, HandoffReport report) {
    ZoneId zone = ZoneId.of(report.incoming().timeZone());
    DateTimeFormatter time = TIME.withZone(zone);
    String fullReport = "GET /api/handoffs/" + handoffId;
    StringBuilder text = new StringBuilder();
    text.append("**%s → %s** at %s (%s). Outgoing duty manager: %s; incoming: %s.\n".formatted(
        report.outgoing().shift(), report.incoming().shift(), time.format(report.turnoverAt()),
        UTC.format(report.turnoverAt()), report.outgoing().dutyManager(), report.incoming().dutyManager()));

    section(text, "Hot issues: %d open P1/P2".formatted(report.hotIssues().size()), report.hotIssues(), 8,
        c -> caseLine(c, time), fullReport);
    for (HandoffReport.Section more : report.more()) {
      section(text, "%s: %d".formatted(more.title(), more.items().size()), more.items(), 5, item -> item,
          fullReport);
    }
    // the hot issues are listed above already
    List<HandoffReport.CaseLine> otherActive = report.activeCases().stream()
        .filter(c -> !report.hotIssues().contains(c)).toList();
    section(text, "Other active cases: %d, next due first".formatted(otherActive.size()), otherActive, 8,
        c -> caseLine(c, time), fullReport);
    section(text, "Committed vendor support: %d".formatted(report.vendorSupport().size()), report.vendorSupport(),
        5, c -> vendorLine(c), fullReport);
    section(text, "Escalations during the %s shift: %d".formatted(report.outgoing().shift(),
        report.escalations().size()), report.escalations(), 8, e -> escalationLine(e, time), fullReport);
    text.append("\nFull report: ").append(fullReport).append('\n');

    if (text.length() > MAX_LENGTH) {
      String tail = "\n\n… cut short; full report: " + fullReport + "\n";
      int cut = text.lastIndexOf("\n", MAX_LENGTH - tail.length());
      return text.substring(0, Math.max(cut, 0)) + tail;
    }
    return text.toString();
  }

  private static <T> void section(StringBuilder text, String title, List<T> items, int limit,
      Function<T, String> line, String fullReport) {
    text.append("\n**").append(title).append("**\n\n");
    if (items.isEmpty()) {
      text.append("- none\n");
      return;
    }
    items.stream().limit(limit).forEach(item -> text.append("- ").append(line.apply(item)).append('\n'));
    if (items.size() > limit) {
      text.append("- … and %d more (%s)\n".formatted(items.size() - limit, fullReport));
    }
  }

  private static String caseLine(HandoffReport.CaseLine c, DateTimeFormatter time) {
    return "%s %s %s · %s · %s · %s · %s".formatted(c.caseNumber(), nullToDash(c.priority()), status(c.status()),
        shorten(c.subject(), 60), shorten(nullToDash(c.company()), 40), c.assignee() == null ? "unassigned" : c.assignee(),
        c.nextDue() == null ? "clock paused" : "due " + time.format(c.nextDue()));
  }

  private static String vendorLine(HandoffReport.CaseLine c) {
    String committed = c.vendorCaseNumber() != null ? "vendor case " + c.vendorCaseNumber() : "replacement part (RMA)";
    return "%s %s · %s · %s".formatted(c.caseNumber(), nullToDash(c.priority()), committed, shorten(c.subject(), 60));
  }

  private static String escalationLine(HandoffReport.EscalationLine e, DateTimeFormatter time) {
    return "%s %s %s · %s: %s".formatted(time.format(e.at()), e.caseNumber(), nullToDash(e.priority()),
        e.kind().toLowerCase(Locale.ROOT).replace('_', ' '), shorten(e.detail(), 80));
  }

  private static String status(String status) {
    return status.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String nullToDash(String value) {
    return value == null || value.isBlank() ? "–" : value;
  }

  /** Free text (subjects, details) on one line, shortened, its Markdown characters escaped. */
  private static String shorten(String text, int max) {
    if (text == null) {
      return "";
    }
    String oneLine = text.replaceAll("\\s+", " ").trim();
    String cut = oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    return cut.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }
}

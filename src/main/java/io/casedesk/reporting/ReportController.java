package io.casedesk.reporting;

import io.casedesk.cases.CaseAccess;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.BadRequestException;
import io.casedesk.web.ForbiddenException;
import io.casedesk.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "SLA compliance, response and resolution times, escalations, satisfaction,"
    + " RMAs, complaints; monthly customer reports")
public class ReportController {

  private final CaseReports reports;
  private final MonthlyReports monthlyReports;
  private final CaseAccess access;

  public ReportController(CaseReports reports, MonthlyReports monthlyReports, CaseAccess access) {
    this.reports = reports;
    this.monthlyReports = monthlyReports;
    this.access = access;
  }

  /** A kept monthly report in a list: the report itself is at {@code /api/reports/monthly/{id}}. */
  public record MonthlyReportEntry(long id, String customer, String month, Instant createdAt) {}

  @GetMapping(value = "/monthly", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Kept monthly customer reports, newest month first; customers get their own company's only")
  public List<MonthlyReportEntry> monthly(@RequestParam(required = false) String customer,
      @RequestParam(required = false) String month, CurrentUser user) {
    YearMonth period = month == null || month.isBlank() ? null : month(month);
    return monthlyReports.list(scope(customer, user), period).stream()
        .map(r -> new MonthlyReportEntry(r.id(), r.customer(), r.month(), r.createdAt())).toList();
  }

  @GetMapping(value = "/monthly/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "One monthly customer report: its figures and the customer's cases of the month")
  public MonthlyReports.Stored monthlyReport(@PathVariable long id, CurrentUser user) {
    // another company's report answers as one that does not exist
    String company = scope(null, user);
    return monthlyReports.find(id)
        .filter(stored -> company == null || Objects.equals(stored.customer(), company))
        .orElseThrow(() -> NotFoundException.worded("report.notFound", String.valueOf(id)));
  }

  @GetMapping(value = "/monthly/{id}", produces = "text/csv")
  @Operation(summary = "The same report as CSV (section, figure, value), its cases last")
  public String monthlyReportCsv(@PathVariable long id, CurrentUser user) {
    MonthlyReport report = monthlyReport(id, user).report();
    ReportCsv csv = CaseReports.csvRows(report.figures());
    if (report.availability() != null) {
      report.availability().forEach(system -> {
        String name = system.product() + " " + system.serialNumber();
        csv.add("availability", name + " percent", system.availabilityPercent());
        csv.add("availability", name + " downtime minutes", system.downtimeMinutes());
        csv.add("availability", name + " outages", system.outages());
      });
    }
    report.cases().forEach(c -> csv.add("case", c.caseNumber(), c.status()));
    return csv.toString();
  }

  /**
   * The same CSV as a file to save, for a plain download link, whatever the client accepts (a browser's link asks
   * for no {@code text/csv}): {@code support-report-2026-11.csv}.
   */
  @GetMapping("/monthly/{id}.csv")
  @Operation(summary = "The report's CSV as a download (Content-Disposition: attachment)")
  public ResponseEntity<String> monthlyReportDownload(@PathVariable long id, CurrentUser user) {
    MonthlyReports.Stored stored = monthlyReport(id, user);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("support-report-" + stored.month() + ".csv").build().toString())
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(monthlyReportCsv(id, user));
  }

  private static YearMonth month(String month) {
    try {
      return YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("month", "must be a month such as 2026-11");
    }
  }

  @GetMapping(value = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Case figures for [from, to) (UTC dates); customers get their own company's only")
  public CaseReport cases(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String customer, @RequestParam(required = false) String queue,
      CurrentUser user) {
    if (!to.isAfter(from)) {
      throw new BadRequestException("to", "must be after from");
    }
    CaseReport report = reports.report(start(from), start(to), scope(customer, user), queue);
    return user.isCustomer() ? report.withoutProblems() : report;
  }

  @GetMapping(value = {"/cases", "/cases.csv"}, produces = "text/csv")
  @Operation(summary = "The same figures as CSV (section, figure, value); also at /cases.csv for download links")
  public String casesCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String customer, @RequestParam(required = false) String queue,
      CurrentUser user) {
    return CaseReports.csv(cases(from, to, customer, queue, user));
  }

  /** Staff see any customer (or all); a customer sees their own company, whatever they ask for. */
  private String scope(String requested, CurrentUser user) {
    // ?customer= (empty) asks for no particular customer, as leaving it out does
    String customer = requested == null || requested.isBlank() ? null : requested.strip();
    if (user.readsAllCases()) {
      return customer;
    }
    if (!user.isCustomer()) {
      throw new ForbiddenException("Your role may not read reports");
    }
    String own = access.companyOf(user);
    if (customer != null && !Objects.equals(customer, own)) {
      throw new ForbiddenException("You may only read the figures of " + own);
    }
    return own;
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}

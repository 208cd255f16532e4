package io.casedesk.reporting;

import io.casedesk.cases.CaseAccess;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.BadRequestException;
import io.casedesk.web.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "SLA compliance, response and resolution times, escalations, satisfaction")
public class ReportController {

  private final CaseReports reports;
  private final CaseAccess access;

  public ReportController(CaseReports reports, CaseAccess access) {
    this.reports = reports;
    this.access = access;
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
    return reports.report(start(from), start(to), scope(customer, user), queue);
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
  private String scope(String customer, CurrentUser user) {
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

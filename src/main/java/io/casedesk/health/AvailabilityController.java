package io.casedesk.health;

import io.casedesk.contracts.CustomerAccounts;
import io.casedesk.process.EngineClock;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.BadRequestException;
import io.casedesk.web.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's availability per system in a month so far, from the health events: what the monthly report will
 * keep, readable while the month runs. Who reads what as with the reports: staff and auditors any customer,
 * customers their own company only.
 */
@RestController
@RequestMapping("/api/availability")
@Tag(name = "Health events", description = "Alerts of monitoring systems about registered systems")
public class AvailabilityController {

  /** The company's systems in the month (UTC), counted until the month's end or now. */
  public record MonthAvailability(String customer, String month, List<SystemAvailability> systems) {}

  private final Availability availability;
  private final CustomerAccounts accounts;

  public AvailabilityController(Availability availability, CustomerAccounts accounts) {
    this.availability = availability;
    this.accounts = accounts;
  }

  @GetMapping
  @Operation(summary = "Availability per system of a customer in a month (default: this month, until now)")
  public MonthAvailability get(@RequestParam(required = false) String customer,
      @RequestParam(required = false) String month, CurrentUser user) {
    YearMonth period = month == null || month.isBlank()
        ? YearMonth.from(EngineClock.now().atZone(ZoneOffset.UTC)) : month(month);
    String company = scope(customer, user);
    return new MonthAvailability(company, period.toString(), availability.of(company, period));
  }

  private String scope(String requested, CurrentUser user) {
    String customer = requested == null || requested.isBlank() ? null : requested.strip();
    if (user.readsAllCases()) {
      if (customer == null) {
        throw new BadRequestException("customer", "must name the customer company");
      }
      return customer;
    }
    if (!user.isCustomer()) {
      throw new ForbiddenException("Your role may not read availability");
    }
    String own = accounts.companyOf(user.userId())
        .orElseThrow(() -> new ForbiddenException("Your account is not linked to a company"));
    if (customer != null && !customer.equalsIgnoreCase(own.strip())) {
      throw new ForbiddenException("You may only read the availability of " + own);
    }
    return own;
  }

  private static YearMonth month(String month) {
    try {
      return YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("month", "must be a month such as 2026-11");
    }
  }
}

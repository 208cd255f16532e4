package io.casedesk.calendar;

import io.casedesk.process.EngineClock;
import io.casedesk.security.CasedeskGroups;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.BadRequestException;
import io.casedesk.web.ForbiddenException;
import io.casedesk.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Calendars", description = "Coverage calendars, holidays, and the calendar facts of each contract")
public class CalendarController {

  private final ServiceCalendars calendars;
  private final ContractCoverage coverage;

  public CalendarController(ServiceCalendars calendars, ContractCoverage coverage) {
    this.calendars = calendars;
    this.coverage = coverage;
  }

  @GetMapping("/api/calendars")
  @Operation(summary = "The configured coverage calendars, and each holiday region's days off this year and next")
  public Calendars list(CurrentUser user) {
    int year = EngineClock.now().atZone(ZoneOffset.UTC).getYear();
    PublicHolidays holidays = calendars.publicHolidays();
    Map<String, List<LocalDate>> days = new TreeMap<>();
    for (String region : holidays.regions()) {
      days.put(region, Stream.concat(holidays.in(region, year).stream(), holidays.in(region, year + 1).stream())
          .toList());
    }
    return new Calendars(calendars.properties().coverage(), calendars.properties().deskRegion(), days);
  }

  public record Calendars(Map<String, CalendarProperties.Coverage> coverage, String deskRegion,
      Map<String, List<LocalDate>> holidays) {}

  @GetMapping("/api/contracts/{id}/coverage")
  @Operation(summary = "A contract's calendar, customer time zone, holiday region and weekend cover")
  public ContractCoverage.Coverage get(@PathVariable String id, CurrentUser user) {
    if (!user.readsAllCases()) {
      throw new ForbiddenException("Only staff read contract coverage");
    }
    return coverage.of(id).orElseThrow(() -> new NotFoundException("Contract " + id + " not found"));
  }

  public record CoverageRequest(@NotBlank @Size(max = 32) String calendar, @NotBlank @Size(max = 64) String timeZone,
      @Size(max = 32) String holidayRegion, boolean weekendCover) {}

  @PutMapping("/api/contracts/{id}/coverage")
  @Operation(summary = "Set a contract's calendar facts; applies to cases opened from then on")
  public ContractCoverage.Coverage put(@PathVariable String id, @Valid @RequestBody CoverageRequest request,
      CurrentUser user) {
    if (!user.isAdmin() && !user.groups().contains(CasedeskGroups.MANAGERS)
        && !user.groups().contains(CasedeskGroups.SALES)) {
      throw new ForbiddenException("Only administrators, managers and sales change contracts");
    }
    if (!calendars.properties().coverage().containsKey(request.calendar())) {
      throw new BadRequestException("calendar", "must be one of " + calendars.properties().coverage().keySet());
    }
    try {
      ZoneId.of(request.timeZone());
    } catch (DateTimeException e) {
      throw new BadRequestException("timeZone", "must be a time zone such as Europe/Budapest");
    }
    if (request.holidayRegion() != null && !calendars.publicHolidays().isKnown(request.holidayRegion())) {
      throw new BadRequestException("holidayRegion", "must be one of " + calendars.publicHolidays().regions());
    }
    var updated = new ContractCoverage.Coverage(request.calendar(), request.timeZone(), request.holidayRegion(),
        request.weekendCover());
    if (!coverage.update(id, updated)) {
      throw new NotFoundException("Contract " + id + " not found");
    }
    return updated;
  }
}

package io.casedesk.shifts;

import io.casedesk.process.EngineClock;
import io.casedesk.security.CasedeskGroups;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.BadRequestException;
import io.casedesk.web.ForbiddenException;
import io.casedesk.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/handoffs")
@Tag(name = "Shift hand-offs", description = "The reports handed over at every shift turnover")
public class HandoffController {

  static final int MAX_RESULTS = 500;

  private final HandoffRepository handoffs;

  public HandoffController(HandoffRepository handoffs) {
    this.handoffs = handoffs;
  }

  @GetMapping
  @Operation(summary = "Hand-offs with their turnover in [from, to), latest first (default: the last 7 days)")
  public List<HandoffView.Summary> list(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
      @Parameter(example = "2026-03-01T00:00:00Z") Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
      @Parameter(example = "2026-03-08T00:00:00Z") Instant to,
      CurrentUser user) {
    requireReader(user);
    Instant until = to != null ? to : EngineClock.now().plusSeconds(1);
    Instant since = from != null ? from : until.minus(Duration.ofDays(7));
    if (!since.isBefore(until)) {
      throw new BadRequestException("from", "must be before to");
    }
    return handoffs.between(since, until, MAX_RESULTS).stream().map(HandoffView.Summary::of).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One hand-off: the full report, the outgoing manager's notes, the acknowledgement")
  public HandoffView get(@PathVariable long id, CurrentUser user) {
    requireReader(user);
    return handoffs.find(id).map(HandoffView::of)
        .orElseThrow(() -> new NotFoundException("Hand-off " + id + " not found"));
  }

  private static void requireReader(CurrentUser user) {
    boolean reader = user.isAdmin() || user.isAuditor() || user.groups().contains(CasedeskGroups.MANAGERS)
        || user.groups().contains(CasedeskGroups.SUPERVISORS);
    if (!reader) {
      throw new ForbiddenException("Only managers, supervisors, auditors and administrators read hand-offs");
    }
  }
}

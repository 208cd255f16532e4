package io.casedesk.shifts;

import io.casedesk.process.EngineClock;
import io.casedesk.security.CasedeskGroups;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/shifts")
@Tag(name = "Shifts", description = "Who is on duty: the follow-the-sun shift teams and their duty managers")
public class ShiftController {

  private final ShiftSchedule schedule;

  public ShiftController(ShiftSchedule schedule) {
    this.schedule = schedule;
  }

  @GetMapping("/current")
  @Operation(summary = "The shift on duty now, its duty manager, and the next turnover")
  public ShiftView.OnDuty current(CurrentUser user) {
    requireStaff(user);
    return onDuty(EngineClock.now());
  }

  @GetMapping
  @Operation(summary = "The shift teams, the shift on duty and the turnovers of the next 24 hours or so")
  public ShiftView.Schedule schedule(CurrentUser user) {
    requireStaff(user);
    Instant now = EngineClock.now();
    return new ShiftView.Schedule(onDuty(now),
        schedule.shifts().stream().map(ShiftView.Team::of).toList(),
        schedule.upcoming(now, schedule.shifts().size()).stream().map(ShiftView.Turnover::of).toList());
  }

  private ShiftView.OnDuty onDuty(Instant at) {
    ShiftSchedule.Duty duty = schedule.onDuty(at);
    return ShiftView.OnDuty.of(duty, schedule.onDuty(duty.endsAt()));
  }

  /** Staff and auditors: the people who work with the desk, not its customers. */
  static void requireStaff(CurrentUser user) {
    boolean staff = user.isAdmin() || user.isAgent() || user.isAuditor()
        || user.groups().contains(CasedeskGroups.ANALYSTS);
    if (!staff) {
      throw new ForbiddenException("Only Casedesk staff see the shift schedule");
    }
  }
}

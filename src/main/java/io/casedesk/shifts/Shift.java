package io.casedesk.shifts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A shift team of the follow-the-sun desk: it takes over every day at {@code start} local time in its
 * {@code timeZone} and stays on duty until the next team takes over. {@code teamGroup} (optional) is the
 * engine group of its agents.
 */
public record Shift(String name, ZoneId timeZone, LocalTime start, String dutyManager, String teamGroup) {

  public Shift {
    require(name, "name");
    if (timeZone == null) {
      throw new IllegalArgumentException("Shift " + name + ": time-zone is required, e.g. Europe/Budapest");
    }
    if (start == null) {
      throw new IllegalArgumentException("Shift " + name + ": start is required, e.g. \"10:00\"");
    }
    require(dutyManager, "duty-manager (" + name + ")");
    teamGroup = teamGroup == null || teamGroup.isBlank() ? null : teamGroup;
  }

  /**
   * When the shift takes over on a local day. A start inside a daylight-saving gap moves forward by the gap;
   * inside an overlap the first occurrence counts (java.time's rules for {@link ZonedDateTime#of}).
   */
  public ZonedDateTime startOn(LocalDate day) {
    return ZonedDateTime.of(day, start, timeZone);
  }

  private static void require(String value, String property) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Every shift needs a " + property);
    }
  }
}

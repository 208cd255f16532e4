package io.casedesk.shifts;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The shift teams, from {@code casedesk.shifts} (application.yaml holds the defaults; README explains how to
 * change them).
 */
@ConfigurationProperties(prefix = "casedesk")
public record ShiftProperties(List<ShiftDefinition> shifts) {

  public ShiftProperties {
    shifts = shifts == null ? List.of() : List.copyOf(shifts);
  }

  /** One entry of {@code casedesk.shifts}: the start time as {@code HH:mm}, the zone as a region id. */
  public record ShiftDefinition(String name, String timeZone, String start, String dutyManager, String teamGroup) {}
}

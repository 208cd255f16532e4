package io.casedesk.health;

import io.casedesk.process.EngineClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A customer's availability per system over a month (UTC), from the firings of its alerts that count as downtime:
 * every system with a serial number registered under the company's contracts valid in the month, and any other
 * system of the company that had downtime in it. A month not over yet counts until now; a firing without its end
 * counts until the period's end.
 */
@Component
public class Availability {

  private final MonitoredSystems systems;
  private final HealthAlerts alerts;

  public Availability(MonitoredSystems systems, HealthAlerts alerts) {
    this.systems = systems;
    this.alerts = alerts;
  }

  /** The company's systems in the month, ordered by serial number; none when the month has not begun. */
  public List<SystemAvailability> of(String company, YearMonth month) {
    Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = EngineClock.now().isBefore(monthEnd) ? EngineClock.now() : monthEnd;
    if (!to.isAfter(from)) {
      return List.of();
    }
    Map<String, MonitoredSystem> bySerial = new LinkedHashMap<>();
    systems.ofCompany(company, month.atDay(1), month.atEndOfMonth())
        .forEach(system -> bySerial.put(key(system.serialNumber()), system));
    Map<String, List<HealthAlerts.Downtime>> downtime = new LinkedHashMap<>();
    for (HealthAlerts.Downtime firing : alerts.downtimeOf(company, from, to)) {
      downtime.computeIfAbsent(key(firing.serialNumber()), k -> new ArrayList<>()).add(firing);
      bySerial.computeIfAbsent(key(firing.serialNumber()),
          k -> new MonitoredSystem(firing.serialNumber(), null, company, firing.product(), null));
    }
    long periodSeconds = Duration.between(from, to).toSeconds();
    return bySerial.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(entry -> figures(entry.getValue(), downtime.getOrDefault(entry.getKey(), List.of()), from, to,
            periodSeconds))
        .toList();
  }

  private static SystemAvailability figures(MonitoredSystem system, List<HealthAlerts.Downtime> firings,
      Instant from, Instant to, long periodSeconds) {
    long downSeconds = 0;
    int outages = 0;
    Instant stretchStart = null;
    Instant stretchEnd = null;
    // by start: overlapping or touching firings make one stretch of downtime, clipped to the period
    for (HealthAlerts.Downtime firing : firings.stream().sorted(Comparator.comparing(HealthAlerts.Downtime::startsAt))
        .toList()) {
      Instant start = firing.startsAt().isBefore(from) ? from : firing.startsAt();
      Instant end = firing.endsAt() == null || firing.endsAt().isAfter(to) ? to : firing.endsAt();
      if (!end.isAfter(start)) {
        continue;
      }
      if (stretchEnd == null || start.isAfter(stretchEnd)) {
        if (stretchEnd != null) {
          downSeconds += Duration.between(stretchStart, stretchEnd).toSeconds();
        }
        outages++;
        stretchStart = start;
        stretchEnd = end;
      } else if (end.isAfter(stretchEnd)) {
        stretchEnd = end;
      }
    }
    if (stretchEnd != null) {
      downSeconds += Duration.between(stretchStart, stretchEnd).toSeconds();
    }
    BigDecimal percent = BigDecimal.valueOf(periodSeconds - downSeconds).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(periodSeconds), 3, RoundingMode.DOWN);
    return new SystemAvailability(system.product(), system.serialNumber(), system.site(),
        (downSeconds + 59) / 60, percent, outages);
  }

  private static String key(String serialNumber) {
    return serialNumber.toLowerCase(Locale.ROOT);
  }
}

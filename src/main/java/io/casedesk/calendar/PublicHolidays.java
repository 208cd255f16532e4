package io.casedesk.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The holiday regions named on contracts and by the desk ({@code casedesk.calendars}). A region's public holidays
 * are computed for any year from Jollyday's calendar of its country (and subdivision): {@code holiday-regions}
 * maps the region's name to a code such as {@code hu}, {@code us} or {@code de/by}. Days that a region takes off
 * beyond them (bridge days, a company's own days) are listed under {@code holidays}. A holiday that falls on a
 * weekend and is observed on a weekday is off on the weekday.
 */
@Component
public class PublicHolidays {

  private final CalendarProperties properties;
  private final Map<String, Holidays> byRegion = new ConcurrentHashMap<>();

  public PublicHolidays(CalendarProperties properties) {
    this.properties = properties;
    properties.holidayRegions().forEach((region, code) -> manager(region, code)); // a wrong code fails start-up
  }

  /** The days off of the region; none for no region. */
  public Holidays of(String region) {
    if (region == null || !isKnown(region)) {
      return Holidays.NONE;
    }
    return byRegion.computeIfAbsent(region, this::load);
  }

  public Set<String> regions() {
    Set<String> regions = new TreeSet<>(properties.holidayRegions().keySet());
    regions.addAll(properties.holidays().keySet());
    return regions;
  }

  public boolean isKnown(String region) {
    return properties.holidayRegions().containsKey(region) || properties.holidays().containsKey(region);
  }

  /** The region's days off in a year, in order. */
  public List<LocalDate> in(String region, int year) {
    Holidays holidays = of(region);
    return Year.of(year).atDay(1).datesUntil(Year.of(year + 1).atDay(1)).filter(holidays::contains).toList();
  }

  private Holidays load(String region) {
    String code = properties.holidayRegions().get(region);
    Set<LocalDate> listed = Set.copyOf(properties.holidays().getOrDefault(region, List.of()));
    if (code == null) {
      return Holidays.of(listed);
    }
    HolidayManager manager = manager(region, code);
    String[] subdivisions = subdivisions(code);
    Map<Integer, Set<LocalDate>> years = new ConcurrentHashMap<>();
    return new Holidays() {
      @Override
      public boolean contains(LocalDate day) {
        return listed.contains(day) || years.computeIfAbsent(day.getYear(), year ->
            // the day off: the weekday a holiday is observed on when it moves off a weekend
            manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivisions).stream()
                .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet())).contains(day);
      }

      @Override
      public boolean isEmpty() {
        return false;
      }
    };
  }

  private static HolidayManager manager(String region, String code) {
    String country = code.split("/")[0];
    String supported = HolidayManager.getSupportedCalendarCodes().stream().filter(country::equalsIgnoreCase)
        .findFirst().orElseThrow(() -> new IllegalStateException("casedesk.calendars.holiday-regions." + region
            + ": no public holidays known for " + country + "; use an ISO country code such as hu, us or de"));
    return HolidayManager.getInstance(ManagerParameters.create(supported));
  }

  private static String[] subdivisions(String code) {
    String[] parts = code.split("/");
    return Arrays.copyOfRange(parts, 1, parts.length);
  }
}

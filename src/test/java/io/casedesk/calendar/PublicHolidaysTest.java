package io.casedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Holiday regions keep their public holidays in every year, not only in the years someone typed in. */
class PublicHolidaysTest {

  final PublicHolidays holidays = new PublicHolidays(new CalendarProperties(Map.of(),
      Map.of("HU", "hu", "US", "us", "BY", "de/by"),
      Map.of("HU", List.of(LocalDate.parse("2031-01-02")), "TEST", List.of(LocalDate.parse("2026-04-06"))), "HU"));

  @Test
  void hungarysHolidaysOf2031IncludingGoodFridayEasterAndWhitMondayAndTheBridgeDayTheRegionAdds() {
    assertThat(holidays.in("HU", 2031)).extracting(LocalDate::toString).containsExactly(
        "2031-01-01", "2031-01-02", "2031-03-15", "2031-04-11", "2031-04-13", "2031-04-14", "2031-05-01",
        "2031-06-02", "2031-08-20", "2031-10-23", "2031-11-01", "2031-12-24", "2031-12-25", "2031-12-26");
  }

  @Test
  void aUsHolidayOnASaturdayIsOffOnTheFridayBefore() {
    // 4 July 2026 is a Saturday; Thanksgiving 2031 is the fourth Thursday of November
    assertThat(holidays.of("US").contains(LocalDate.parse("2026-07-03"))).isTrue();
    assertThat(holidays.of("US").contains(LocalDate.parse("2031-11-27"))).isTrue();
    assertThat(holidays.of("US").contains(LocalDate.parse("2031-11-20"))).isFalse();
  }

  @Test
  void aSubdivisionKeepsItsOwnHolidays() {
    // Epiphany and Corpus Christi are holidays in Bavaria, not in all of Germany
    assertThat(holidays.of("BY").contains(LocalDate.parse("2031-01-06"))).isTrue();
    assertThat(holidays.of("BY").contains(LocalDate.parse("2031-06-12"))).isTrue();
  }

  @Test
  void aRegionOfListedDaysOnlyAndNoRegion() {
    assertThat(holidays.in("TEST", 2026)).containsExactly(LocalDate.parse("2026-04-06"));
    assertThat(holidays.of(null).isEmpty()).isTrue();
    assertThat(holidays.of("XX").contains(LocalDate.parse("2031-01-01"))).isFalse();
    assertThat(holidays.regions()).containsExactly("BY", "HU", "TEST", "US");
  }

  @Test
  void anUnknownCountryFailsAtStartUp() {
    assertThatThrownBy(() -> new PublicHolidays(new CalendarProperties(Map.of(), Map.of("MARS", "mars"), Map.of(),
        null))).hasMessageContaining("casedesk.calendars.holiday-regions.MARS");
  }
}

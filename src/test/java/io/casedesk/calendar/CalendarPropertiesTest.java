package io.casedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CalendarPropertiesTest {

  @Test
  void holidaysComeAsIsoDatesSeparatedByCommasAsFromAnEnvironmentVariable() {
    var source = new MapConfigurationPropertySource(Map.of("casedesk.calendar.holidays", "2026-12-25,2026-12-26"));
    CalendarProperties properties = new Binder(source).bind("casedesk.calendar", CalendarProperties.class).get();
    assertThat(properties.holidays()).containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
  }

  @Test
  void noHolidaysByDefault() {
    assertThat(new CalendarProperties(null).holidays()).isEmpty();
  }
}

package io.casedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  // Thursday 5 March 2026
  static final Instant THURSDAY = Instant.parse("2026-03-05T14:30:00Z");

  final WorkingDays plain = new WorkingDays(Holidays.NONE);

  @Test
  void tenWorkingDaysFromThursdayCrossTwoWeekendsToThursday() {
    assertThat(plain.after(THURSDAY, 10)).isEqualTo(Instant.parse("2026-03-19T14:30:00Z"));
  }

  @Test
  void oneWorkingDayFromFridayIsMonday() {
    assertThat(plain.after(Instant.parse("2026-03-06T08:00:00Z"), 1)).isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
  }

  @Test
  void countingStartsAfterAWeekendDay() {
    // received on Saturday: Monday is the first working day after it
    assertThat(plain.after(Instant.parse("2026-03-07T11:00:00Z"), 1)).isEqualTo(Instant.parse("2026-03-09T11:00:00Z"));
    assertThat(plain.after(Instant.parse("2026-03-08T11:00:00Z"), 5)).isEqualTo(Instant.parse("2026-03-13T11:00:00Z"));
  }

  @Test
  void aHolidayOnTheWayAddsADay() {
    WorkingDays withHoliday = new WorkingDays(Holidays.of(List.of(LocalDate.parse("2026-03-16"))));
    assertThat(withHoliday.after(THURSDAY, 10)).isEqualTo(Instant.parse("2026-03-20T14:30:00Z"));
    assertThat(withHoliday.isWorkingDay(LocalDate.parse("2026-03-16"))).isFalse();
    assertThat(withHoliday.isWorkingDay(LocalDate.parse("2026-03-17"))).isTrue();
  }

  @Test
  void aHolidayOnAWeekendChangesNothing() {
    WorkingDays withHoliday = new WorkingDays(Holidays.of(List.of(LocalDate.parse("2026-03-14"))));
    assertThat(withHoliday.after(THURSDAY, 10)).isEqualTo(Instant.parse("2026-03-19T14:30:00Z"));
  }

  @Test
  void aDeadlineFallingOnAHolidayMovesToTheNextWorkingDay() {
    WorkingDays withHolidays = new WorkingDays(Holidays.of(
        List.of(LocalDate.parse("2026-03-19"), LocalDate.parse("2026-03-20"))));
    assertThat(withHolidays.after(THURSDAY, 10)).isEqualTo(Instant.parse("2026-03-23T14:30:00Z"));
  }

  @Test
  void theDeadlineKeepsTheTimeOfDayExactly() {
    Instant received = Instant.parse("2026-03-05T23:59:59.999Z");
    assertThat(plain.after(received, 10)).isEqualTo(Instant.parse("2026-03-19T23:59:59.999Z"));
    assertThat(plain.after(received, 0)).isEqualTo(received);
  }

  @Test
  void timerExpressionsPassAnIsoPeriodOfDays() {
    Date due = plain.after(Date.from(THURSDAY), "P10D");
    assertThat(due.toInstant()).isEqualTo(Instant.parse("2026-03-19T14:30:00Z"));
    assertThatThrownBy(() -> plain.after(Date.from(THURSDAY), "P1M")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> plain.after(THURSDAY, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}

package io.casedesk.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/** The days off of a holiday region, for any year. */
public interface Holidays {

  Holidays NONE = of(Set.of());

  boolean contains(LocalDate day);

  /** Whether no day is ever off (a round-the-clock calendar stays one). */
  boolean isEmpty();

  /** Exactly these days: for tests and regions that list their days by hand. */
  static Holidays of(Collection<LocalDate> days) {
    Set<LocalDate> copy = Set.copyOf(days);
    return new Holidays() {
      @Override
      public boolean contains(LocalDate day) {
        return copy.contains(day);
      }

      @Override
      public boolean isEmpty() {
        return copy.isEmpty();
      }
    };
  }
}

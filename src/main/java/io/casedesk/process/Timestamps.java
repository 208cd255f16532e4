package io.casedesk.process;

import java.sql.Timestamp;
import java.time.Instant;

/** Instants as the SQL timestamps the capabilities' own tables store. */
public final class Timestamps {

  private Timestamps() {}

  /** The engine's now ({@link EngineClock}), which tests move. */
  public static Timestamp now() {
    return Timestamp.from(EngineClock.now());
  }

  /** The instant as a timestamp; none for none. */
  public static Timestamp of(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}

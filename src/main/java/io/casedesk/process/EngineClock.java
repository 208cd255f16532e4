package io.casedesk.process;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock Casedesk reads: the engine's. Timers, due dates and timeline entries then agree, and tests
 * move all of them together with {@code ClockUtil.setCurrentTime}.
 */
public final class EngineClock {

  private EngineClock() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static Date nowAsDate() {
    return ClockUtil.getCurrentTime();
  }
}

package io.casedesk.shifts;

import io.casedesk.process.EngineClock;
import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Wall-clock deadlines of the hand-off ({@code ${handoffClock.dueIn(acknowledgeWithin)}}): a shift turnover
 * runs around the clock, so its deadlines must not follow a business calendar. The durations stay in the
 * diagram.
 */
@Component("handoffClock")
public class HandoffClock {

  public Date dueIn(String isoDuration) {
    return Date.from(EngineClock.now().plus(Duration.parse(isoDuration)));
  }
}

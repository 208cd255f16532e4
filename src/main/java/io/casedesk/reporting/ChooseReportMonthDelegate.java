package io.casedesk.reporting;

import io.casedesk.process.EngineClock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The month to report: the one before the month the timer fired in (UTC), so a timer that fires late, or a run
 * started by hand later in the month, still reports the previous month. Also the run's business key.
 */
@Component("chooseReportMonth")
public class ChooseReportMonthDelegate implements JavaDelegate {

  static final String REPORT_MONTH = "reportMonth";

  @Override
  public void execute(DelegateExecution execution) {
    String month = YearMonth.from(EngineClock.now().atZone(ZoneOffset.UTC)).minusMonths(1).toString();
    execution.setVariable(REPORT_MONTH, month);
    execution.setProcessBusinessKey("monthly-report-" + month);
  }
}

package io.casedesk.reporting;

import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One customer's figures of the report month, computed and kept; its id goes to the next step. */
@Component("compileMonthlyReport")
public class CompileMonthlyReportDelegate implements JavaDelegate {

  static final String CUSTOMER = "customer";
  static final String MONTHLY_REPORT_ID = "monthlyReportId";

  private final MonthlyReports reports;

  public CompileMonthlyReportDelegate(MonthlyReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String customer = (String) execution.getVariable(CUSTOMER);
    String month = (String) execution.getVariable(ChooseReportMonthDelegate.REPORT_MONTH);
    long id = reports.keep(reports.compile(customer, YearMonth.parse(month)));
    // local: the customers' instances run side by side and must not share (or overwrite) each other's report id
    execution.setVariableLocal(MONTHLY_REPORT_ID, id);
  }
}

package io.casedesk.reporting;

import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationPort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The kept report goes to each contact of its customer through the outbox, in the contact's language: that
 * customer's figures and case numbers only. A customer without contacts gets no e-mail; the report is kept anyway.
 */
@Component("emailMonthlyReport")
public class EmailMonthlyReportDelegate implements JavaDelegate {

  static final int MAX_CASES_LISTED = 40;

  private final MonthlyReports reports;
  private final ReportCustomers customers;
  private final NotificationPort notifications;

  public EmailMonthlyReportDelegate(MonthlyReports reports, ReportCustomers customers, NotificationPort notifications) {
    this.reports = reports;
    this.customers = customers;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(CompileMonthlyReportDelegate.MONTHLY_REPORT_ID)).longValue();
    MonthlyReports.Stored stored = reports.find(id).orElseThrow();
    Map<String, Object> data = data(id, stored.report());
    for (String contact : customers.contacts(stored.customer(), stored.month())) {
      notifications.send(Notification.toCustomer(NotificationKind.MONTHLY_CUSTOMER_REPORT, null, contact, data));
    }
  }

  static Map<String, Object> data(long id, MonthlyReport report) {
    CaseReport figures = report.figures();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("subject", report.month());
    data.put("month", report.month());
    data.put("company", report.customer());
    data.put("reportId", String.valueOf(id)); // a string: message formats would group the digits of a number
    data.put("opened", figures.opened().total());
    data.put("closed", figures.closed().total());
    data.put("firstResponsePercent", figures.firstResponse().compliancePercent());
    data.put("resolutionPercent", figures.resolution().compliancePercent());
    data.put("rmasOpened", figures.rmas().opened());
    data.put("rmasCompleted", figures.rmas().completed());
    data.put("complaintsReceived", figures.complaints().received());
    data.put("complaintsClosed", figures.complaints().closed());
    // the outbox keeps at most 10,000 characters of data: the e-mail lists the first cases, the download all of them
    List<Map<String, Object>> cases = report.cases().stream().limit(MAX_CASES_LISTED).map(c -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("caseNumber", c.caseNumber());
      line.put("priority", c.priority() == null ? "" : c.priority());
      line.put("status", c.status());
      line.put("subject", c.subject().length() > 80 ? c.subject().substring(0, 79) + "…" : c.subject());
      return line;
    }).toList();
    data.put("cases", cases);
    data.put("moreCases", Math.max(0, report.cases().size() - MAX_CASES_LISTED));
    return data;
  }
}

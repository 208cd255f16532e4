package io.casedesk.maintenance;

import static io.casedesk.maintenance.InspectionVariables.INSPECTION_NUMBER;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.contracts.MailSenders;
import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationPort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The inspection report to each contact registered on the contract, in their language, through the outbox. */
@Component("emailInspectionReport")
public class EmailInspectionReportDelegate implements JavaDelegate {

  private final Inspections inspections;
  private final MailSenders mailSenders;
  private final NotificationPort notifications;

  public EmailInspectionReportDelegate(Inspections inspections, MailSenders mailSenders,
      NotificationPort notifications) {
    this.inspections = inspections;
    this.mailSenders = mailSenders;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inspection inspection = inspections.get(string(execution, INSPECTION_NUMBER));
    Map<String, Object> data = data(inspection);
    for (MailSenders.Contact contact : mailSenders.of(inspection.contractId()).contacts()) {
      notifications.send(Notification.toCustomer(NotificationKind.INSPECTION_REPORT, null, contact.email(), data));
    }
  }

  static Map<String, Object> data(Inspection inspection) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("subject", inspection.inspectionNumber());
    data.put("inspectionNumber", inspection.inspectionNumber());
    data.put("company", inspection.company());
    data.put("dueOn", inspection.dueOn().toString());
    data.put("ok", inspection.count("ok"));
    data.put("attention", inspection.count("attention"));
    data.put("fault", inspection.count("fault"));
    List<Map<String, Object>> systems = inspection.findings().stream().map(f -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("system", f.product() + (f.serialNumber() == null ? "" : " " + f.serialNumber()));
      line.put("condition", f.condition());
      line.put("recommendation", f.recommendation() == null ? "" : cut(f.recommendation(), 200));
      line.put("caseNumber", f.caseNumber() == null ? "" : f.caseNumber());
      return line;
    }).toList();
    data.put("systems", systems);
    return data;
  }

  private static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max - 1) + "…" : text;
  }
}

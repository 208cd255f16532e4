package io.casedesk.complaints;

import static io.casedesk.complaints.ComplaintVariables.*;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseRepository;
import io.casedesk.cases.SupportCase;
import io.casedesk.cases.Timeline;
import io.casedesk.cases.TriageAfterCommit;
import io.casedesk.notification.NotificationKind;
import io.casedesk.process.Actors;
import io.casedesk.process.EngineClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Gives the complaint its id (unless the API already did: it is then the business key) and its row, notes it on
 * the case it is about, and acknowledges it to the customer. Complaints the hotline logs in Tasklist get their id
 * here; a class the routing table does not know counts as no class, so the hotline classifies it.
 */
@Component("registerComplaint")
public class RegisterComplaintDelegate implements JavaDelegate {

  /** What the complaint's timeline tells the customer when routing failed and waits for a retry. */
  static final String ROUTING_DELAYED = "We have registered your complaint and are passing it to the department in"
      + " charge; you will hear from them shortly";

  /**
   * What only the complaint's row keeps: who complained and how to reach them, their company, what the complaint
   * is, how it came in and who logged it (the forms read them from the row, {@link ComplaintFormFacts}). The API
   * hands them over as transient variables; a complaint logged in Tasklist's start form brings them as form
   * variables (and the start event's initiator), which the registration removes once the row holds them.
   */
  static final List<String> ROW_ONLY = List.of(COMPANY, CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, DESCRIPTION,
      CHANNEL, OPENED_BY, REPORTED_BY);

  private final ComplaintNumbers numbers;
  private final ComplaintClasses classes;
  private final ComplaintSteps steps;
  private final CaseRepository cases;
  private final Timeline caseTimeline;
  private final TriageAfterCommit routing;

  public RegisterComplaintDelegate(ComplaintNumbers numbers, ComplaintClasses classes, ComplaintSteps steps,
      CaseRepository cases, Timeline caseTimeline, TriageAfterCommit routing) {
    this.routing = routing;
    this.numbers = numbers;
    this.classes = classes;
    this.steps = steps;
    this.cases = cases;
    this.caseTimeline = caseTimeline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintId = execution.getProcessBusinessKey();
    if (complaintId == null || complaintId.isBlank()) {
      complaintId = numbers.next();
      execution.setProcessBusinessKey(complaintId);
    }
    String openedBy = string(execution, OPENED_BY) != null ? string(execution, OPENED_BY) : string(execution, REPORTED_BY);
    String channel = blankToNull(string(execution, CHANNEL)) != null ? string(execution, CHANNEL) : "phone";
    String complaintClass = classes.isKnown(string(execution, COMPLAINT_CLASS)) ? string(execution, COMPLAINT_CLASS) : null;
    String caseNumber = blankToNull(string(execution, CASE_NUMBER));
    String company = blankToNull(string(execution, COMPANY));
    String contactName = blankToNull(string(execution, CONTACT_NAME));
    String contactEmail = blankToNull(string(execution, CONTACT_EMAIL));
    String contactPhone = blankToNull(string(execution, CONTACT_PHONE));
    if (caseNumber != null) {
      SupportCase supportCase = cases.find(caseNumber)
          .orElseThrow(() -> new IllegalArgumentException("There is no case " + string(execution, CASE_NUMBER)));
      company = supportCase.company() != null ? supportCase.company() : company;
      contactName = contactName != null ? contactName : supportCase.caller().name();
      contactEmail = contactEmail != null ? contactEmail : supportCase.caller().email();
      contactPhone = contactPhone != null ? contactPhone : supportCase.caller().phone();
    }
    if (contactName == null) {
      throw new IllegalArgumentException("A complaint needs the name of the person who complains");
    }
    String description = string(execution, DESCRIPTION);
    if (blankToNull(description) == null) {
      throw new IllegalArgumentException("A complaint needs a description");
    }

    Instant receivedAt = EngineClock.now();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(COMPLAINT_ID, complaintId);
    variables.put(CASE_NUMBER, caseNumber);
    variables.put(COMPLAINT_CLASS, complaintClass);
    variables.put(REOPEN_COUNT, 0);
    variables.put(ESCALATION_LEVEL, 0);
    execution.setVariables(variables);
    execution.removeVariables(ROW_ONLY);

    Complaint complaint = Complaint.received(complaintId, execution.getProcessInstanceId(), caseNumber, company,
        channel, complaintClass, description, new Complaint.Contact(contactName, contactEmail, contactPhone),
        openedBy, receivedAt);
    steps.complaints().insert(complaint);
    steps.record(complaintId, openedBy, ComplaintEventKind.RECEIVED, "Received by %s%s".formatted(channel,
        complaintClass == null ? ", not yet classified" : " as " + complaintClass));
    if (caseNumber != null) {
      caseTimeline.record(caseNumber, openedBy, CaseEventKind.COMPLAINT_RECEIVED, "Complaint " + complaintId
          + (complaintClass == null ? "" : " (" + complaintClass + ")"));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    if (complaintClass != null) {
      data.put("complaintClass", complaintClass);
    }
    steps.notifyCustomer(complaint, NotificationKind.COMPLAINT_RECEIVED, data);
    String registered = complaintId;
    routing.afterCommit(execution.getProcessInstanceId(),
        () -> steps.record(registered, Actors.SYSTEM, ComplaintEventKind.ROUTING_DELAYED, ROUTING_DELAYED));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

package io.casedesk.complaints;

import static io.casedesk.complaints.ComplaintVariables.*;

import io.casedesk.cases.SupportCase;
import io.casedesk.security.CurrentUser;
import io.casedesk.security.PersonNames;
import io.casedesk.web.BadRequestException;
import io.casedesk.web.ConflictException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import io.casedesk.cases.TriageAfterCommit;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the complaint API does. Each call is one transaction: the complaint row, its timeline, its notifications
 * and the process steps the call triggers commit together or not at all.
 */
@Service
public class ComplaintService {

  public static final String PROCESS_KEY = "complaint";
  public static final String CALL_BACK_TASK = "call-back";

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ComplaintNumbers numbers;
  private final ComplaintRepository complaints;
  private final ComplaintTimeline timeline;
  private final ComplaintAccess access;
  private final ComplaintStatistics statistics;
  private final PersonNames personNames;
  private final TransactionTemplate transaction;

  public ComplaintService(RuntimeService runtimeService, TaskService taskService, ComplaintNumbers numbers,
      ComplaintRepository complaints, ComplaintTimeline timeline, ComplaintAccess access,
      ComplaintStatistics statistics, PersonNames personNames, PlatformTransactionManager transactionManager) {
    this.transaction = new TransactionTemplate(transactionManager);
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.numbers = numbers;
    this.complaints = complaints;
    this.timeline = timeline;
    this.access = access;
    this.statistics = statistics;
    this.personNames = personNames;
  }

  /**
   * Registers a complaint in one transaction and routes it in another ({@link TriageAfterCommit}); the view is read
   * after both. A complaint whose routing failed is registered and its timeline says what happens next.
   */
  public ComplaintView open(ComplaintRequests.OpenComplaint request, CurrentUser user) {
    String complaintId = transaction.execute(status -> register(request, user));
    return transaction.execute(status -> view(complaintId, user));
  }

  private String register(ComplaintRequests.OpenComplaint request, CurrentUser user) {
    access.requireActor(user);
    String channel = request.channel() == null ? "web" : request.channel();
    String company = request.company();
    if (user.isCustomer()) {
      channel = "web";
      company = access.companyOf(user);
    }
    String caseNumber = request.caseNumber() == null || request.caseNumber().isBlank() ? null : request.caseNumber();
    if (caseNumber != null) {
      SupportCase supportCase = access.cases().readable(caseNumber, user);
      company = supportCase.company() != null ? supportCase.company() : company;
    } else if (request.contactName() == null || request.contactName().isBlank()) {
      throw new BadRequestException("contactName", "must not be blank unless the complaint is about a case");
    }

    // what the diagram decides on and Tasklist lists by; the rest the registration copies into the row, where the
    // forms read it (ComplaintFormFacts): transient, never stored as process variables
    VariableMap variables = Variables.createVariables();
    variables.put(CASE_NUMBER, caseNumber);
    variables.put(COMPLAINT_CLASS, request.complaintClass());
    rowOnly(variables, COMPANY, company);
    rowOnly(variables, CHANNEL, channel);
    rowOnly(variables, DESCRIPTION, request.description());
    rowOnly(variables, CONTACT_NAME, request.contactName());
    rowOnly(variables, CONTACT_EMAIL, request.contactEmail());
    rowOnly(variables, CONTACT_PHONE, request.contactPhone());
    rowOnly(variables, OPENED_BY, user.userId());
    String complaintId = numbers.next();
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, complaintId, variables);
    return complaintId;
  }

  private static void rowOnly(VariableMap variables, String name, String value) {
    variables.putValueTyped(name, Variables.stringValue(value, true));
  }

  @Transactional(readOnly = true)
  public ComplaintView view(String complaintId, CurrentUser user) {
    return view(access.readable(complaintId, user), user);
  }

  @Transactional(readOnly = true)
  public ComplaintView.Page search(ComplaintRepository.ComplaintFilter filter, int page, int size, CurrentUser user) {
    filter = filter.ofCompany(access.listedCompany(user, filter.company()));
    var result = complaints.search(filter, page, size);
    return new ComplaintView.Page(result.items().stream().map(ComplaintView.Summary::of).toList(), result.page(),
        result.size(), result.total());
  }

  /** The customer's answer to the call-back, given over the API instead of on the phone. */
  @Transactional
  public ComplaintView answerCallBack(String complaintId, ComplaintRequests.Satisfaction answer, CurrentUser user) {
    Complaint complaint = access.actionable(complaintId, user);
    Task callBack = taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(complaintId).taskDefinitionKey(CALL_BACK_TASK).singleResult();
    if (complaint.status() != ComplaintStatus.AWAITING_CALL_BACK || callBack == null) {
      throw new ConflictException("Complaint " + complaintId + " is not waiting for the customer's satisfaction"
          + " (status " + complaint.status() + ")");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(SATISFIED, answer.satisfied());
    variables.put(SATISFACTION_SCORE, answer.score());
    variables.put(SATISFACTION_NOTE, answer.note());
    // who answered is no field of the call-back form: set beforehand, so the form check sees only the answer
    taskService.setVariable(callBack.getId(), CALL_BACK_BY, user.userId());
    taskService.complete(callBack.getId(), variables);
    return view(complaints.get(complaintId), user);
  }

  @Transactional(readOnly = true)
  public ComplaintStats stats(LocalDate from, LocalDate to, String company, CurrentUser user) {
    String visible = access.statsCompany(user, company);
    if (from.isAfter(to)) {
      throw new BadRequestException("from", "must not be after to");
    }
    return statistics.of(from, to, visible);
  }

  private ComplaintView view(Complaint complaint, CurrentUser user) {
    List<ComplaintTimeline.Event> events = timeline.of(complaint.complaintId());
    String openedBy = complaint.openedBy();
    if (user.isCustomer()) {
      // as for cases: no internal events, and people by name, not by user id
      PersonNames.Lookup names = personNames.lookup();
      events = events.stream().filter(e -> !e.kind().isInternal())
          .map(e -> new ComplaintTimeline.Event(e.at(), names.actor(e.actor()), e.kind(), e.detail())).toList();
      openedBy = names.actor(openedBy);
    }
    return ComplaintView.of(complaint, openedBy, events);
  }
}

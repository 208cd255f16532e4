package io.casedesk.cases;

import static io.casedesk.cases.CaseVariables.*;

import io.casedesk.contracts.Contract;
import io.casedesk.contracts.ContractCompanies;
import io.casedesk.contracts.EntitlementService;
import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationPort;
import io.casedesk.process.EngineClock;
import io.casedesk.security.CasedeskGroups;
import io.casedesk.security.CurrentUser;
import io.casedesk.security.PersonNames;
import io.casedesk.web.ApiLanguage;
import io.casedesk.web.BadRequestException;
import io.casedesk.web.ConflictException;
import io.casedesk.web.ForbiddenException;
import io.casedesk.web.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the case API does. Each call is one transaction: the case row, its timeline, its notifications and
 * the process steps the call triggers commit together or not at all.
 */
@Service
public class SupportCaseService {

  private static final Logger log = LoggerFactory.getLogger(SupportCaseService.class);

  public static final String PROCESS_KEY = "case-handling";
  /** The channel of cases that monitoring opens ({@link #openFromMonitoring}). */
  public static final String MONITORING_CHANNEL = "monitoring";
  /** The channel of cases opened for an inspection's finding ({@link #openFromInspection}). */
  public static final String INSPECTION_CHANNEL = "inspection";

  /**
   * Request values that belong to the case, not to its process: {@link RegisterCaseDelegate} copies them into the
   * case row ({@code support_case}), where every later step reads them. They reach it as transient variables, so
   * none is stored as a process variable (each would cost a runtime row, a historic instance and a history detail).
   */
  static final Set<String> CASE_ROW_ONLY = Set.of(CALLER_NAME, CALLER_COMPANY, CALLER_PHONE, CALLER_EMAIL,
      CALLER_ADDRESS, CONTRACT_ID, DESCRIPTION, OPENED_BY, RELATED_CASE);

  private final CustomerTimelineWords customerWords;
  private final RuntimeService runtimeService;
  private final CaseNumbers numbers;
  private final CaseRepository cases;
  private final CaseChanges changes;
  private final CaseAccess access;
  private final Timeline timeline;
  private final ActionPlan actionPlan;
  private final NotificationPort notifications;
  private final EntitlementService entitlements;
  private final CaseComplaints complaints;
  private final CaseRedFlags redFlags;
  private final CaseRmas rmas;
  private final CaseProblems problems;
  private final PersonNames personNames;
  private final ContractCompanies companies;
  private final TransactionTemplate transaction;
  private final TriageAfterCommit triage;

  public SupportCaseService(RuntimeService runtimeService, CaseNumbers numbers, CaseRepository cases, CaseChanges changes, CaseAccess access,
      Timeline timeline, ActionPlan actionPlan, NotificationPort notifications, EntitlementService entitlements,
      CaseComplaints complaints, CaseRedFlags redFlags, CaseRmas rmas, PersonNames personNames,
      ContractCompanies companies, TriageAfterCommit triage, PlatformTransactionManager transactionManager,
      CustomerTimelineWords customerWords, CaseProblems problems) {
    this.customerWords = customerWords;
    this.problems = problems;
    this.triage = triage;
    this.transaction = new TransactionTemplate(transactionManager);
    this.runtimeService = runtimeService;
    this.numbers = numbers;
    this.cases = cases;
    this.changes = changes;
    this.access = access;
    this.timeline = timeline;
    this.actionPlan = actionPlan;
    this.notifications = notifications;
    this.entitlements = entitlements;
    this.complaints = complaints;
    this.redFlags = redFlags;
    this.rmas = rmas;
    this.personNames = personNames;
    this.companies = companies;
  }

  /**
   * Opens a case: saved with its number and triaged in one transaction, and read back in it. When triage fails (a
   * broken rule, a table that answers nothing) that transaction rolls back and the case is saved on its own under
   * the same number, then triaged after that commit ({@link TriageAfterCommit}): the view is then {@code NEW} when
   * triage failed again and waits for a retry.
   */
  public CaseView open(CaseRequests.OpenCase request, CurrentUser user) {
    AtomicReference<String> number = new AtomicReference<>(); // taken once the request passed its checks
    Function<Boolean, String> register = triagedNow -> {
      Map<String, Object> variables = intake(request, user);
      return start(number.updateAndGet(taken -> taken != null ? taken : numbers.next()), variables, triagedNow);
    };
    try {
      return transaction.execute(status -> view(triage.inOneTransaction(() -> register.apply(true)), user));
    } catch (RuntimeException failed) {
      if (number.get() == null) {
        throw failed; // the request was refused before the case was started: nothing to keep
      }
      log.warn("Case {} could not be triaged with its registration, saving it first: {}", number.get(),
          failed.getMessage());
      String caseNumber = transaction.execute(status -> register.apply(false));
      return transaction.execute(status -> view(caseNumber, user));
    }
  }

  /** The process variables of a case opened through the API, once the request passed the caller's checks. */
  private Map<String, Object> intake(CaseRequests.OpenCase request, CurrentUser user) {
    access.requireActor(user);
    String channel = request.channel() == null ? "web" : request.channel();
    String contractId = request.contractId();
    String callerCompany = request.callerCompany();
    if (user.isCustomer()) {
      callerCompany = access.companyOf(user);
      channel = "web";
      contractId = customerContract(callerCompany, contractId, request.product());
    } else {
      // staff type what the caller says: a contract of another company is a mistake to correct, not a hint
      companies.mismatch(contractId, request.callerCompany()).ifPresent(problem -> {
        throw new BadRequestException("callerCompany", problem);
      });
    }
    Map<String, Object> variables = variables(request, channel, contractId, user.userId());
    variables.put(CALLER_COMPANY, callerCompany);
    return variables;
  }

  /**
   * A case opened by an e-mail to the support address: no signed-in user; the sender's address opens it, the
   * caller fields name the sender and the contract their address is registered under. Entitlement is checked
   * by the process as for any case. Returns the new case number.
   */
  @Transactional
  public String openFromMail(CaseRequests.OpenCase request, String sender) {
    return start(numbers.next(), variables(request, "email", request.contractId(), sender), false);
  }

  /**
   * A case opened by monitoring for an alert on a registered system (io.casedesk.health): no person calls; the
   * technical user that posted the alert opens it with channel {@code monitoring}, and it is registered and
   * triaged as a case from e-mail is (saved first, triaged right after the commit). Returns the new case number.
   */
  @Transactional
  public String openFromMonitoring(CaseRequests.OpenCase request, String actor) {
    return start(numbers.next(), variables(request, MONITORING_CHANNEL, request.contractId(), actor), false);
  }

  /**
   * A case opened for what a maintenance inspection found on a registered system (io.casedesk.maintenance): the
   * engineer who inspected it opens it with channel {@code inspection}, saved first and triaged right after the
   * commit, as a case from e-mail is. Returns the new case number.
   */
  @Transactional
  public String openFromInspection(CaseRequests.OpenCase request, String engineer) {
    return start(numbers.next(), variables(request, INSPECTION_CHANNEL, request.contractId(), engineer), false);
  }

  @Transactional(readOnly = true)
  public CaseView view(String caseNumber, CurrentUser user) {
    return view(access.readable(caseNumber, user), user);
  }

  /**
   * A page of cases, newest first. Staff and auditors list every case; a customer's list stays within their
   * company's cases, whatever else the filter says.
   */
  @Transactional(readOnly = true)
  public CaseView.Page search(CaseRepository.CaseFilter filter, int page, int size, CurrentUser user) {
    if (!user.readsAllCases()) {
      if (!user.isCustomer()) {
        throw new ForbiddenException("Your role may not list cases");
      }
      filter = filter.withCompany(access.companyOf(user));
    }
    var result = cases.search(filter, page, size);
    PersonNames.Lookup names = user.isCustomer() ? personNames.lookup() : null;
    return new CaseView.Page(result.items().stream()
        .map(c -> CaseView.Summary.of(c, names == null ? c.supportCase().assignee()
            : names.actor(c.supportCase().assignee()), user.isCustomer()))
        .toList(), result.page(), result.size(), result.total());
  }

  /**
   * A message on a case. From a customer it wakes a case waiting for them, rejects a proposed solution, reopens
   * a closed case within the reopen window, or after it opens a follow-up case; from staff it goes to the
   * customer. Returns the case the message landed in.
   */
  public CaseView postMessage(String caseNumber, String text, CurrentUser user) {
    // a follow-up case is triaged after the message commits (TriageAfterCommit): read it after that
    String landed = transaction.execute(status -> writeMessage(caseNumber, text, user));
    return transaction.execute(status -> view(landed, user));
  }

  private String writeMessage(String caseNumber, String text, CurrentUser user) {
    SupportCase supportCase = access.actionable(caseNumber, user);
    if (!user.isCustomer()) {
      timeline.record(caseNumber, user.userId(), CaseEventKind.AGENT_MESSAGE, text);
      notifications.send(Notification.toCustomer(NotificationKind.AGENT_MESSAGE, caseNumber,
          supportCase.caller().email(), Map.of("caseNumber", caseNumber, "text", text)));
      return caseNumber;
    }
    return customerWrites(supportCase, user.userId(), text, "web");
  }

  /**
   * A note an agent adds to a case beside a task: internal (only staff read it) unless it is for the customer, in
   * which case it is a message to the customer, recorded and e-mailed as {@link #postMessage} does. Customers and
   * auditors may not add notes.
   */
  @Transactional
  public CaseView addNote(String caseNumber, String text, boolean forCustomer, CurrentUser user) {
    if (user.isCustomer()) {
      throw new ForbiddenException("Customers write to a case with a message, not a note");
    }
    if (forCustomer) {
      return postMessage(caseNumber, text, user);
    }
    access.actionable(caseNumber, user);
    timeline.record(caseNumber, user.userId(), CaseEventKind.INTERNAL_NOTE, text);
    return view(cases.get(caseNumber), user);
  }

  /** Cases by number as lines of a list, in the given order, for staff (who read every case); none for others. */
  @Transactional(readOnly = true)
  public List<CaseView.Summary> summaries(List<String> caseNumbers, CurrentUser user) {
    if (!user.readsAllCases()) {
      return List.of();
    }
    return caseNumbers.stream().distinct()
        .map(cases::find).flatMap(java.util.Optional::stream)
        .map(c -> CaseView.Summary.of(new CaseRepository.Listed(c, null), c.assignee(), false)).toList();
  }

  /**
   * A customer's e-mail about a case, with the same effect as {@link #postMessage} by a customer; the sender's
   * address is the actor (the mail intake has checked that it may write to the case). Returns the case number
   * the message landed in: a follow-up case after the reopen window.
   */
  @Transactional
  public String postMailFromCustomer(String caseNumber, String sender, String text) {
    SupportCase supportCase = cases.find(caseNumber)
        .orElseThrow(() -> NotFoundException.worded("case.notFound", caseNumber));
    return customerWrites(supportCase, sender, text, "email");
  }

  private String customerWrites(SupportCase supportCase, String actor, String text, String channel) {
    String caseNumber = supportCase.caseNumber();
    timeline.record(caseNumber, actor, CaseEventKind.CUSTOMER_MESSAGE, text);
    switch (supportCase.status()) {
      case WAITING_CUSTOMER -> correlate("customer-message", caseNumber, Map.of("customerMessage", text));
      case RESOLVED -> {
        timeline.record(caseNumber, actor, CaseEventKind.CLOSURE_REJECTED, "Supplement: " + text);
        correlate("closure-rejected", caseNumber, Map.of("customerMessage", text));
      }
      case CLOSED -> {
        if (!isRunning(caseNumber)) {
          return openFollowUp(supportCase, text, actor, channel);
        }
        correlate("customer-message", caseNumber, Map.of("customerMessage", text));
      }
      default -> tellEngineer(supportCase, text);
    }
    return caseNumber;
  }

  @Transactional
  public CaseView requestDutyManager(String caseNumber, String reason, CurrentUser user) {
    SupportCase supportCase = access.actionable(caseNumber, user);
    if (supportCase.status() == CaseStatus.CLOSED || !isRunning(caseNumber)) {
      throw ConflictException.worded("case.closedWriteFirst", caseNumber);
    }
    timeline.record(caseNumber, user.userId(), CaseEventKind.DUTY_MANAGER_REQUESTED, reason);
    correlate("duty-manager-requested", caseNumber, Map.of(DUTY_MANAGER_REASON, reason));
    notifications.send(Notification.toGroup(NotificationKind.DUTY_MANAGER_REQUEST, caseNumber,
        CasedeskGroups.MANAGERS, Map.of("caseNumber", caseNumber, "reason", reason)));
    return view(cases.get(caseNumber), user);
  }

  @Transactional
  public CaseView answerClosure(String caseNumber, boolean accept, String comment, CurrentUser user) {
    SupportCase supportCase = access.actionable(caseNumber, user);
    if (supportCase.status() != CaseStatus.RESOLVED) {
      throw ConflictException.worded("case.noSolutionWaiting", caseNumber, supportCase.status().name());
    }
    String detail = comment == null || comment.isBlank() ? null : comment;
    if (accept) {
      timeline.record(caseNumber, user.userId(), CaseEventKind.CLOSURE_CONFIRMED, detail);
      correlate("closure-confirmed", caseNumber, Map.of(CLOSURE_OUTCOME, "CONFIRMED"));
    } else {
      timeline.record(caseNumber, user.userId(), CaseEventKind.CLOSURE_REJECTED, detail);
      correlate("closure-rejected", caseNumber, detail == null ? Map.of() : Map.of("customerMessage", detail));
    }
    return view(cases.get(caseNumber), user);
  }

  @Transactional
  public CaseView answerSurvey(String caseNumber, int score, String comment, CurrentUser user) {
    SupportCase supportCase = access.actionable(caseNumber, user);
    if (supportCase.status() != CaseStatus.CLOSED) {
      throw ConflictException.worded("case.notClosedYet", caseNumber);
    }
    if (supportCase.surveyScore() != null) {
      throw ConflictException.worded("case.surveyAnswered", caseNumber);
    }
    changes.surveyAnswered(caseNumber, score, comment);
    timeline.record(caseNumber, user.userId(), CaseEventKind.SURVEY_ANSWERED, "Score " + score
        + (comment == null || comment.isBlank() ? "" : ": " + comment));
    return view(cases.get(caseNumber), user);
  }

  private Map<String, Object> variables(CaseRequests.OpenCase request, String channel, String contractId,
      String openedBy) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CALLER_NAME, request.callerName());
    variables.put(CALLER_COMPANY, request.callerCompany());
    variables.put(CALLER_PHONE, request.callerPhone());
    variables.put(CALLER_EMAIL, request.callerEmail());
    variables.put(CALLER_ADDRESS, request.callerAddress());
    variables.put(CONTRACT_ID, contractId);
    variables.put(PRODUCT, request.product());
    variables.put(CATEGORY, request.category());
    variables.put(IMPACT, request.impact());
    variables.put(URGENCY, request.urgency());
    variables.put(SUBJECT, request.subject());
    variables.put(DESCRIPTION, request.description());
    variables.put(CHANNEL, channel);
    variables.put(OPENED_BY, openedBy);
    variables.putAll(CaseRequests.EmergencyFacts.variablesOf(request.emergency())); // for emergency-criteria.dmn
    return variables;
  }

  /**
   * Starts the case's process: what belongs to the case row goes over as transient variables, and so do the
   * triage inputs when triage runs in this transaction ({@code triagedNow}); a triage that may run later, in a job,
   * reads them from the database.
   */
  private String start(String caseNumber, Map<String, Object> variables, boolean triagedNow) {
    VariableMap typed = Variables.createVariables();
    variables.forEach((name, value) -> {
      if (CASE_ROW_ONLY.contains(name) || triagedNow && TRIAGE_INPUTS.contains(name)) {
        typed.putValueTyped(name, Variables.stringValue((String) value, true));
      } else {
        typed.put(name, value);
      }
    });
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, caseNumber, typed);
    return caseNumber;
  }

  private String openFollowUp(SupportCase closed, String text, String actor, String channel) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CALLER_NAME, closed.caller().name());
    variables.put(CALLER_COMPANY, closed.caller().company());
    variables.put(CALLER_PHONE, closed.caller().phone());
    variables.put(CALLER_EMAIL, closed.caller().email());
    variables.put(CALLER_ADDRESS, closed.caller().address());
    variables.put(CONTRACT_ID, closed.contractId());
    variables.put(PRODUCT, closed.product());
    variables.put(CATEGORY, closed.category());
    variables.put(IMPACT, closed.impact());
    variables.put(URGENCY, closed.urgency());
    variables.put(SUBJECT, "Follow-up to " + closed.caseNumber() + ": " + closed.subject());
    variables.put(DESCRIPTION, text);
    variables.put(CHANNEL, channel);
    variables.put(OPENED_BY, actor);
    variables.put(RELATED_CASE, closed.caseNumber());
    return start(numbers.next(), variables, false);
  }

  private String customerContract(String company, String contractId, String product) {
    if (contractId == null || contractId.isBlank()) {
      return entitlements.validContractOf(company, product, EngineClock.now()).map(Contract::id).orElse(null);
    }
    var entitlement = entitlements.check(contractId, product, EngineClock.now());
    if (entitlement.company() != null && !ContractCompanies.same(entitlement.company(), company)) {
      throw ForbiddenException.worded("case.contractNotYours", contractId, company);
    }
    return contractId;
  }

  private void tellEngineer(SupportCase supportCase, String text) {
    Map<String, Object> data = Map.of("caseNumber", supportCase.caseNumber(), "text", text);
    if (supportCase.assignee() != null) {
      notifications.send(Notification.toUser(NotificationKind.CUSTOMER_MESSAGE, supportCase.caseNumber(),
          supportCase.assignee(), data));
    } else if (supportCase.candidateGroup() != null) {
      notifications.send(Notification.toGroup(NotificationKind.CUSTOMER_MESSAGE, supportCase.caseNumber(),
          supportCase.candidateGroup(), data));
    }
  }

  private boolean isRunning(String caseNumber) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(caseNumber).count() > 0;
  }

  private void correlate(String message, String caseNumber, Map<String, Object> variables) {
    try {
      runtimeService.createMessageCorrelation(message)
          .processInstanceBusinessKey(caseNumber)
          .setVariables(variables)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw ConflictException.worded("case.notWaitingFor." + message, caseNumber);
    }
  }

  /**
   * The case as {@code user} may read it: staff and auditors everything, by user id; customers without internal
   * events and notes, and with people named instead of user ids ({@link CustomerTimeline}), in their language
   * ({@link CustomerTimelineWords}).
   */
  private CaseView view(SupportCase supportCase, CurrentUser user) {
    List<Timeline.CaseEvent> events = timeline.of(supportCase.caseNumber());
    List<ActionPlan.Item> plan = actionPlan.of(supportCase.caseNumber());
    String assignee = supportCase.assignee();
    if (user.isCustomer()) {
      PersonNames.Lookup names = personNames.lookup();
      // in the language the request asks for (Accept-Language, web.ApiLanguage)
      Locale locale = ApiLanguage.current();
      events = customerWords.in(CustomerTimeline.of(events, names), locale);
      plan = plan.stream().map(i -> new ActionPlan.Item(i.action(), names.nameOrText(i.owner()))).toList();
      assignee = customerWords.word(names.actor(assignee), locale);
    }
    return CaseView.of(supportCase, assignee, plan, events,
        complaints.of(supportCase.caseNumber()),
        redFlags.latestOf(supportCase.caseNumber(), user.isCustomer()).orElse(null),
        rmas.of(supportCase.caseNumber()),
        user.isCustomer() ? null : problems.of(supportCase.caseNumber()));
  }
}

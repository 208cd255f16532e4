package io.casedesk.changes;

import static io.casedesk.changes.ChangeVariables.*;

import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.Timeline;
import io.casedesk.cases.SupportCase;
import io.casedesk.security.CasedeskGroups;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.BadRequestException;
import io.casedesk.web.ConflictException;
import io.casedesk.web.ForbiddenException;
import io.casedesk.web.InvalidField;
import io.casedesk.web.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the change API does, and the entry point for the other ways a change is raised (an inspection finding:
 * {@link #raiseFromInspection}). Who may see a change is who may see its customer's cases ({@link CaseAccess}):
 * staff and auditors all, experts all (they review every plan), customers their own company's; another company's
 * change answers as one that does not exist.
 */
@Service
public class ChangeService {

  public static final String PROCESS_KEY = "change-request";
  static final String APPROVAL_ANSWERED = "change-approval-answered";
  static final int LIST_LIMIT = 200;

  private final ChangeNumbers numbers;
  private final ChangeRepository changes;
  private final ChangeChanges writes;
  private final ChangeTimeline timeline;
  private final CaseAccess access;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final Timeline caseTimeline;

  public ChangeService(ChangeNumbers numbers, ChangeRepository changes, ChangeChanges writes, ChangeTimeline timeline,
      CaseAccess access, RuntimeService runtimeService, IdentityService identityService, Timeline caseTimeline) {
    this.caseTimeline = caseTimeline;
    this.numbers = numbers;
    this.changes = changes;
    this.writes = writes;
    this.timeline = timeline;
    this.access = access;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /**
   * Raised through the API: by staff from a case (a bug whose fix is a change: free; the raising engineer writes
   * the plan), or by a customer for their company (a paid upgrade), optionally for one of their cases.
   */
  @Transactional
  public ChangeView raise(ChangeRequests.RaiseChange request, CurrentUser user) {
    if (user.isCustomer()) {
      String company = access.companyOf(user);
      String caseNumber = null;
      if (request.caseNumber() != null) {
        caseNumber = access.actionable(request.caseNumber(), user).caseNumber();
      }
      return viewOf(start(new ChangeRepository.NewChange(numbers.next(), ChangeOrigin.CUSTOMER, caseNumber, company,
          emailOf(user.userId()), request.title().strip(), strip(request.description()), true, null,
          user.userId())), user);
    }
    if (!user.isAgent() && !user.isAdmin()) {
      throw ForbiddenException.worded("change.raiseNone");
    }
    if (request.caseNumber() == null) {
      throw new BadRequestException(List.of(InvalidField.worded("caseNumber", "field.required")));
    }
    SupportCase supportCase = access.actionable(request.caseNumber(), user);
    String author = user.groups().contains(CasedeskGroups.ENGINEERS) ? user.userId() : null;
    return viewOf(start(new ChangeRepository.NewChange(numbers.next(), ChangeOrigin.CASE, supportCase.caseNumber(),
        supportCase.company(), supportCase.caller().email(), request.title().strip(), strip(request.description()),
        false, author, user.userId())), user);
  }

  /**
   * The entry point for an inspection finding that calls for a change: the inspection knows the customer's company
   * and contact and whether the change is charged. Runs in the caller's transaction when there is one.
   */
  @Transactional
  public String raiseFromInspection(String company, String contactEmail, String title, String description,
      boolean chargeable, String raisedBy) {
    return start(new ChangeRepository.NewChange(numbers.next(), ChangeOrigin.INSPECTION, null,
        Objects.requireNonNull(company, "company"), contactEmail, title, description, chargeable, null, raisedBy));
  }

  private String start(ChangeRepository.NewChange change) {
    changes.insert(change);
    timeline.record(change.id(), change.raisedBy(), ChangeEventKind.RAISED,
        change.origin() + (change.caseNumber() == null ? "" : " " + change.caseNumber()) + ": " + change.title());
    Map<String, Object> variables = new HashMap<>();
    variables.put(CHANGE_ID, change.id());
    variables.put(CASE_NUMBER, change.caseNumber());
    variables.put(TITLE, change.title());
    variables.put(CHARGEABLE, change.chargeable());
    variables.put(PLAN_AUTHOR, change.planAuthor());
    if (change.caseNumber() != null) {
      // the case's staff see the change it waits for (a work note: internal, as the engineer's other actions)
      caseTimeline.record(change.caseNumber(), change.raisedBy(), CaseEventKind.WORK_ACTION,
          "Change " + change.id() + " raised: " + change.title());
    }
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, change.id(), variables);
    writes.processStarted(change.id(), instance.getId());
    return change.id();
  }

  @Transactional(readOnly = true)
  public ChangeView view(String id, CurrentUser user) {
    return viewOf(readable(id, user).id(), user);
  }

  private ChangeView viewOf(String id, CurrentUser user) {
    ChangeRequest change = changes.get(id);
    if (user.isCustomer()) {
      // customers read what was planned and reported, not who of the desk did what (as their case's timeline)
      return ChangeView.forCustomer(change);
    }
    return ChangeView.of(change, changes.reviews(id), timeline.of(id));
  }

  /** Newest first: a customer's own company's, everyone's for staff, experts and auditors. */
  @Transactional(readOnly = true)
  public List<ChangeView.Summary> list(CurrentUser user) {
    String company = readsAll(user) ? null : customerCompany(user);
    return changes.list(company, LIST_LIMIT).stream().map(ChangeView.Summary::of).toList();
  }

  /**
   * The customer's answer to the plan (and quote): approved, it is scheduled for its window; refused, the plan goes
   * back to its author with the comment. Staff may answer on the customer's behalf; experts and auditors may not.
   */
  @Transactional
  public ChangeView answer(String id, boolean approve, String comment, CurrentUser user) {
    ChangeRequest change = readable(id, user);
    if (!user.actsOnCases()) {
      throw ForbiddenException.worded("change.approveNone");
    }
    if (change.status() != ChangeStatus.AWAITING_APPROVAL) {
      throw ConflictException.worded("change.notAwaitingApproval", id, change.status());
    }
    String detail = strip(comment);
    writes.customerAnswered(id, approve, detail);
    timeline.record(id, user.userId(), approve ? ChangeEventKind.CUSTOMER_APPROVED : ChangeEventKind.CUSTOMER_REFUSED,
        detail);
    Map<String, Object> variables = new HashMap<>();
    variables.put(CUSTOMER_APPROVED, approve);
    variables.put(CUSTOMER_COMMENT, detail);
    if (!approve) {
      variables.put(REVIEW_COMMENTS, "The customer refused" + (detail == null ? "" : ": " + detail));
    }
    try {
      runtimeService.createMessageCorrelation(APPROVAL_ANSWERED).processInstanceBusinessKey(id)
          .setVariables(variables).correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw ConflictException.worded("change.notAwaitingApproval", id, change.status());
    }
    return viewOf(id, user);
  }

  private ChangeRequest readable(String id, CurrentUser user) {
    String company = readsAll(user) ? null : customerCompany(user);
    return changes.find(id)
        .filter(change -> company == null || company.equals(change.company()))
        .orElseThrow(() -> NotFoundException.worded("change.notFound", id));
  }

  private static boolean readsAll(CurrentUser user) {
    return user.readsAllCases() || user.groups().contains(CasedeskGroups.EXPERTS);
  }

  private String customerCompany(CurrentUser user) {
    if (!user.isCustomer()) {
      throw ForbiddenException.worded("change.readNone");
    }
    return access.companyOf(user);
  }

  private String emailOf(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? null : user.getEmail();
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

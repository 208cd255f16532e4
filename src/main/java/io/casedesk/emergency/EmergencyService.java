package io.casedesk.emergency;

import static io.casedesk.emergency.EmergencyVariables.*;

import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseRepository;
import io.casedesk.cases.SupportCase;
import io.casedesk.cases.SupportCaseService;
import io.casedesk.security.CasedeskGroups;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.BadRequestException;
import io.casedesk.web.ConflictException;
import io.casedesk.web.ForbiddenException;
import io.casedesk.web.NotFoundException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declares red flags and shows them. A red flag is an instance of process {@code emergency-event} (business key:
 * the red flag number) plus its row in {@code red_flag}, linked to its case both ways.
 */
@Service
public class EmergencyService {

  /** Staff who may declare a red flag by hand. */
  public static final List<String> DECLARERS = List.of(CasedeskGroups.ADMINS, CasedeskGroups.HOTLINE,
      CasedeskGroups.ENGINEERS, CasedeskGroups.SUPERVISORS, CasedeskGroups.MANAGERS);

  private final RuntimeService runtimeService;
  private final RedFlagNumbers numbers;
  private final RedFlagRepository redFlags;
  private final CaseRepository cases;
  private final CaseAccess caseAccess;

  public EmergencyService(RuntimeService runtimeService, RedFlagNumbers numbers, RedFlagRepository redFlags,
      CaseRepository cases, CaseAccess caseAccess) {
    this.runtimeService = runtimeService;
    this.numbers = numbers;
    this.redFlags = redFlags;
    this.cases = cases;
    this.caseAccess = caseAccess;
  }

  /**
   * Starts emergency-event for the case (or for none) and returns the red flag number. Fails with a conflict when
   * the case already has an open red flag.
   */
  public String declare(SupportCase supportCase, String criterion, String description, String declaredBy,
      boolean automatic) {
    if (supportCase != null) {
      redFlags.openForCase(supportCase.caseNumber()).ifPresent(open -> {
        throw new ConflictException("Case " + supportCase.caseNumber() + " already has the open red flag "
            + open.number());
      });
    }
    String number = numbers.next();
    // what the diagram decides on and Tasklist lists by; the rest the registration copies into the row, where the
    // forms read it (RedFlagFormFacts): transient, never stored as process variables; the caller the case row keeps
    VariableMap variables = Variables.createVariables();
    variables.put(RED_FLAG_NUMBER, number);
    variables.putValueTyped(CRITERION, Variables.stringValue(criterion, true));
    variables.putValueTyped(DESCRIPTION, Variables.stringValue(description, true));
    variables.putValueTyped(DECLARED_BY, Variables.stringValue(declaredBy, true));
    variables.putValueTyped(DECLARED_AUTOMATICALLY, Variables.booleanValue(automatic, true));
    variables.put(PRODUCT_GROUP, DEFAULT_PRODUCT_GROUP);
    variables.put(CASE_NUMBER, null);
    if (supportCase != null) {
      variables.put(CASE_NUMBER, supportCase.caseNumber());
      variables.putValueTyped(COMPANY, Variables.stringValue(supportCase.company(), true));
      variables.put(SUBJECT, supportCase.subject());
      if (supportCase.candidateGroup() != null) {
        variables.put(PRODUCT_GROUP, supportCase.candidateGroup());
      }
    }
    try {
      runtimeService.startProcessInstanceByKey(PROCESS_KEY, number, variables);
    } catch (DuplicateKeyException e) {
      // another red flag for the same case was declared at the same moment (red_flag.open_for_case is unique)
      throw new ConflictException("Case " + supportCase.caseNumber() + " already has an open red flag");
    }
    return number;
  }

  /** {@code POST /api/emergencies}. */
  @Transactional
  public EmergencyView declare(EmergencyRequests.Declaration request, CurrentUser user) {
    requireDeclarer(user);
    SupportCase supportCase = null;
    if (request.caseNumber() != null && !request.caseNumber().isBlank()) {
      supportCase = cases.find(request.caseNumber())
          .orElseThrow(() -> new BadRequestException("caseNumber", "no case " + request.caseNumber()));
    }
    return declareByHand(supportCase, request.criterion(), request.description(), user);
  }

  /** {@code POST /api/cases/{caseNumber}/emergency}. */
  @Transactional
  public EmergencyView declareForCase(String caseNumber, EmergencyRequests.CaseDeclaration request,
      CurrentUser user) {
    requireDeclarer(user);
    SupportCase supportCase = cases.find(caseNumber)
        .orElseThrow(() -> new NotFoundException("Case " + caseNumber + " not found"));
    return declareByHand(supportCase, request.criterion(), request.description(), user);
  }

  /** As {@link CaseAccess#readable}: another company's red flag answers as one that does not exist. */
  @Transactional(readOnly = true)
  public EmergencyView view(String number, CurrentUser user) {
    String company = user.readsAllCases() ? null : caseAccess.customerCompany(user, "red flags");
    RedFlag redFlag = redFlags.find(number)
        .filter(flag -> company == null || Objects.equals(flag.company(), company))
        .orElseThrow(() -> new NotFoundException("Red flag " + number + " not found"));
    if (user.readsAllCases()) {
      return EmergencyView.forStaff(redFlag, redFlags.acknowledgements(number));
    }
    return EmergencyView.forCustomer(redFlag);
  }

  /** Newest first, at most {@code limit}; customers get their own company's. */
  @Transactional(readOnly = true)
  public List<EmergencyView> list(RedFlagStatus status, int limit, CurrentUser user) {
    if (user.readsAllCases()) {
      return redFlags.search(status, null, limit).stream()
          .map(f -> EmergencyView.forStaff(f, redFlags.acknowledgements(f.number()))).toList();
    }
    if (!user.isCustomer()) {
      throw new ForbiddenException("Your role may not list red flags");
    }
    return redFlags.search(status, caseAccess.companyOf(user), limit).stream().map(EmergencyView::forCustomer).toList();
  }

  private EmergencyView declareByHand(SupportCase supportCase, String criterion, String description,
      CurrentUser user) {
    String number = declare(supportCase, criterion, description, user.userId(), false);
    if (supportCase != null) {
      linkRunningCase(supportCase.caseNumber(), number);
    }
    return view(number, user);
  }

  /** The case process learns its red flag too (Cockpit shows it), when it still runs. */
  private void linkRunningCase(String caseNumber, String number) {
    Optional.ofNullable(runtimeService.createProcessInstanceQuery()
            .processDefinitionKey(SupportCaseService.PROCESS_KEY).processInstanceBusinessKey(caseNumber)
            .singleResult())
        .map(ProcessInstance::getId)
        .ifPresent(id -> runtimeService.setVariable(id, RED_FLAG_NUMBER, number));
  }

  private static void requireDeclarer(CurrentUser user) {
    if (DECLARERS.stream().noneMatch(user.groups()::contains)) {
      throw new ForbiddenException("Your role may not declare a red flag");
    }
  }
}

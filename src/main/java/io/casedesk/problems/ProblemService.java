package io.casedesk.problems;

import static io.casedesk.problems.ProblemVariables.PROBLEM_NUMBER;
import static io.casedesk.problems.ProblemVariables.PROCESS_KEY;
import static io.casedesk.problems.ProblemVariables.SUBJECT;

import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseRepository;
import io.casedesk.cases.Timeline;
import io.casedesk.security.CasedeskGroups;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.BadRequestException;
import io.casedesk.web.ConflictException;
import io.casedesk.web.ForbiddenException;
import io.casedesk.web.InvalidField;
import io.casedesk.web.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens problems, links and unlinks their cases, and shows them. A problem is an instance of process
 * {@code problem-management} (business key: the problem number) plus its row in {@code problem}. Each call is one
 * transaction: a refused call changes nothing.
 *
 * <p>Who may: supervisors, managers and administrators open problems and link cases ({@link #MANAGERS}); they and
 * auditors read every problem; an engineer reads the problems linking a case they work (the workaround beside each
 * case is in the case view for every engineer). Customers and the other roles read none: a problem names other
 * customers' cases and the desk's diagnosis, so a customer hears of it from their engineer.
 */
@Service
public class ProblemService {

  /** Those who open problems and link cases to them. */
  public static final List<String> MANAGERS =
      List.of(CasedeskGroups.ADMINS, CasedeskGroups.SUPERVISORS, CasedeskGroups.MANAGERS);

  private final RuntimeService runtimeService;
  private final ProblemNumbers numbers;
  private final ProblemRepository problems;
  private final ProblemChanges changes;
  private final ProblemTimeline timeline;
  private final CaseRepository cases;
  private final Timeline caseTimeline;

  public ProblemService(RuntimeService runtimeService, ProblemNumbers numbers, ProblemRepository problems,
      ProblemChanges changes, ProblemTimeline timeline, CaseRepository cases, Timeline caseTimeline) {
    this.runtimeService = runtimeService;
    this.numbers = numbers;
    this.problems = problems;
    this.changes = changes;
    this.timeline = timeline;
    this.cases = cases;
    this.caseTimeline = caseTimeline;
  }

  /** {@code POST /api/problems}. */
  @Transactional
  public ProblemView open(ProblemRequests.OpenProblem request, CurrentUser user) {
    requireManager(user);
    List<String> caseNumbers = existing(request.caseNumbers());
    String number = open(request.title().strip(), request.description().strip(), null, user.userId());
    link(number, caseNumbers, user.userId());
    return view(number, user);
  }

  /**
   * Opens a problem and starts its process; for the API and for a red flag's root-cause review (which passes the
   * red flag number and links its case itself).
   */
  public String open(String title, String description, String redFlagNumber, String openedBy) {
    String number = numbers.next();
    problems.insert(number, title, description, redFlagNumber, openedBy);
    timeline.record(number, openedBy, ProblemEventKind.OPENED, redFlagNumber == null ? title
        : title + " (from the root-cause review of red flag " + redFlagNumber + ")");
    VariableMap variables = Variables.createVariables();
    variables.put(PROBLEM_NUMBER, number);
    variables.put(SUBJECT, title);
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, number, variables);
    return number;
  }

  /** Links cases known to exist and not linked yet. */
  public void link(String number, List<String> caseNumbers, String linkedBy) {
    Problem problem = problems.get(number);
    for (String caseNumber : caseNumbers) {
      changes.caseLinked(number, caseNumber, linkedBy);
      timeline.record(number, linkedBy, ProblemEventKind.CASE_LINKED, caseNumber);
      caseTimeline.record(caseNumber, linkedBy, CaseEventKind.PROBLEM_LINKED, "Linked to problem " + number + ": "
          + problem.title() + (problem.workaround() == null ? "" : "; known error, workaround: " + problem.workaround()));
    }
  }

  /** {@code POST /api/problems/{number}/cases}: all or nothing. */
  @Transactional
  public ProblemView linkCases(String number, ProblemRequests.LinkCases request, CurrentUser user) {
    requireManager(user);
    Problem problem = problems.find(number).orElseThrow(() -> notFound(number));
    List<String> caseNumbers = existing(request.caseNumbers());
    requireOpen(problem);
    List<String> already = caseNumbers.stream().filter(c -> problems.isLinked(number, c)).toList();
    if (!already.isEmpty()) {
      throw new ConflictException("Problem " + number + " already links " + String.join(", ", already));
    }
    try {
      link(number, caseNumbers, user.userId());
    } catch (DuplicateKeyException e) {
      // someone linked one of them at the same moment
      throw new ConflictException("Problem " + number + " already links one of " + String.join(", ", caseNumbers));
    }
    return view(number, user);
  }

  /** {@code DELETE /api/problems/{number}/cases/{caseNumber}}. */
  @Transactional
  public ProblemView unlinkCase(String number, String caseNumber, CurrentUser user) {
    requireManager(user);
    Problem problem = problems.find(number).orElseThrow(() -> notFound(number));
    if (!problems.isLinked(number, caseNumber)) {
      throw new NotFoundException("Problem " + number + " does not link case " + caseNumber);
    }
    requireOpen(problem);
    changes.caseUnlinked(number, caseNumber);
    timeline.record(number, user.userId(), ProblemEventKind.CASE_UNLINKED, caseNumber);
    caseTimeline.record(caseNumber, user.userId(), CaseEventKind.PROBLEM_UNLINKED, "No longer linked to problem "
        + number + ": " + problem.title());
    return view(number, user);
  }

  /** {@code GET /api/problems/{number}}: 404 also for a problem the caller may not read. */
  @Transactional(readOnly = true)
  public ProblemView view(String number, CurrentUser user) {
    Problem problem = problems.find(number)
        .filter(p -> readsAll(user) || (isEngineer(user) && problems.linksCaseOf(number, user.userId())))
        .orElseThrow(() -> {
          if (!readsAll(user) && !isEngineer(user)) {
            return new ForbiddenException("Your role may not read problems");
          }
          return notFound(number);
        });
    return ProblemView.of(problem, problems.casesOf(number), timeline.of(number));
  }

  /** {@code GET /api/problems}: newest first; an engineer's own cases' problems only. */
  @Transactional(readOnly = true)
  public List<ProblemView.Summary> list(ProblemStatus status, int limit, CurrentUser user) {
    String engineer = null;
    if (!readsAll(user)) {
      if (!isEngineer(user)) {
        throw new ForbiddenException("Your role may not read problems");
      }
      engineer = user.userId();
    }
    return problems.search(status, engineer, limit).stream()
        .map(p -> ProblemView.Summary.of(p, problems.casesOf(p.number()))).toList();
  }

  /** The case numbers, each once, in order; a 400 naming each one that is no case (nothing is linked then). */
  private List<String> existing(List<String> caseNumbers) {
    if (caseNumbers == null) {
      return List.of();
    }
    List<InvalidField> unknown = new ArrayList<>();
    for (int i = 0; i < caseNumbers.size(); i++) {
      if (cases.find(caseNumbers.get(i)).isEmpty()) {
        unknown.add(new InvalidField("caseNumbers[" + i + "]", "no case " + caseNumbers.get(i)));
      }
    }
    if (!unknown.isEmpty()) {
      throw new BadRequestException(unknown);
    }
    return List.copyOf(new LinkedHashSet<>(caseNumbers));
  }

  private static void requireOpen(Problem problem) {
    if (!problem.status().isOpen()) {
      throw new ConflictException("Problem " + problem.number() + " is closed: its cases stay as they are");
    }
  }

  private static void requireManager(CurrentUser user) {
    if (MANAGERS.stream().noneMatch(user.groups()::contains)) {
      throw new ForbiddenException("Your role may not open problems or link cases to them");
    }
  }

  private static boolean readsAll(CurrentUser user) {
    return user.isAdmin() || user.isAuditor() || user.groups().contains(CasedeskGroups.SUPERVISORS)
        || user.groups().contains(CasedeskGroups.MANAGERS);
  }

  private static boolean isEngineer(CurrentUser user) {
    return user.groups().contains(CasedeskGroups.ENGINEERS);
  }

  private static NotFoundException notFound(String number) {
    return new NotFoundException("Problem " + number + " not found");
  }
}

package io.casedesk.tasklist;

import io.casedesk.calendar.ContractCoverage;
import io.casedesk.cases.CaseEventKind;
import io.casedesk.cases.CaseView;
import io.casedesk.cases.SupportCaseService;
import io.casedesk.cases.Timeline;
import io.casedesk.contracts.ContractRepository;
import io.casedesk.mail.Attachments;
import io.casedesk.security.CurrentUser;
import io.casedesk.shifts.HandoffReport;
import io.casedesk.shifts.HandoffRepository;
import io.casedesk.web.ConflictException;
import io.casedesk.web.ForbiddenException;
import io.casedesk.web.NotFoundException;
import io.casedesk.web.RequestValidation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case beside a Tasklist task. The engine says which case a task belongs to and whether the caller may read the
 * task; the case API's own service says what of the case the caller may read. Which tasks are calls, and the
 * reason a call gives, are properties of the user task in its diagram ({@value #CALL} and {@value #CALL_REASON}),
 * so an analyst marks a new call task in Camunda Modeler.
 */
@Service
public class TaskCases {

  /** Extension property of a user task that asks its agent to phone the case's caller (value {@code customer}). */
  public static final String CALL = "casedesk.call";
  /**
   * Extension property: why to call, a sentence with expressions over the task's variables, e.g.
   * {@code Asked for the duty manager: ${dutyManagerReason}}.
   */
  public static final String CALL_REASON = "casedesk.callReason";

  private static final Logger log = LoggerFactory.getLogger(TaskCases.class);
  private static final String CASE_PROCESS = SupportCaseService.PROCESS_KEY;
  private static final String CASE_NUMBER = "caseNumber";
  private static final String HANDOFF_ID = "handoffId";

  /** Steps recorded between a customer's message and the task it lets start: they do not hide the message. */
  private static final Set<CaseEventKind> ON_THE_WAY = Set.of(CaseEventKind.SLA_RESUMED, CaseEventKind.REOPENED,
      CaseEventKind.TRIAGED, CaseEventKind.ASSIGNED, CaseEventKind.UNASSIGNED, CaseEventKind.ESCALATED,
      CaseEventKind.ATTACHMENT_ADDED, CaseEventKind.ATTACHMENT_REJECTED, CaseEventKind.CLOSURE_REJECTED);

  private final ProcessEngine engine;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final SupportCaseService cases;
  private final Attachments attachments;
  private final HandoffRepository handoffs;
  private final RequestValidation validation;
  private final ContractRepository contracts;
  private final ContractCoverage coverage;

  public TaskCases(ProcessEngine engine, SupportCaseService cases, Attachments attachments,
      HandoffRepository handoffs, RequestValidation validation, ContractRepository contracts,
      ContractCoverage coverage) {
    this.engine = engine;
    this.identityService = engine.getIdentityService();
    this.taskService = engine.getTaskService();
    this.runtimeService = engine.getRuntimeService();
    this.repositoryService = engine.getRepositoryService();
    this.cases = cases;
    this.attachments = attachments;
    this.handoffs = handoffs;
    this.validation = validation;
    this.contracts = contracts;
    this.coverage = coverage;
  }

  @Transactional(readOnly = true)
  public TaskCaseView of(String taskId, CurrentUser user) {
    Task task = readableTask(taskId, user);
    ProcessDefinition definition = task.getProcessDefinitionId() == null ? null
        : repositoryService.getProcessDefinition(task.getProcessDefinitionId());
    var taskLine = new TaskCaseView.Task(task.getId(), task.getName(), definition == null ? null
        : definition.getName() != null ? definition.getName() : definition.getKey(),
        instant(task.getCreateTime()), instant(task.getDueDate()), task.getAssignee());

    Optional<String> caseNumber = caseNumberOf(task, definition);
    if (caseNumber.isEmpty()) {
      return new TaskCaseView(taskLine, null, null, List.of(), null, null, hotCasesOf(task, user), false,
          mayChangeGroups(task, user), TaskCaseView.INTERNAL_KINDS);
    }
    CaseView view = cases.view(caseNumber.get(), user);
    List<TaskCaseView.Attachment> files = attachments.of(view.caseNumber()).stream()
        .map(TaskCaseView.Attachment::of).toList();
    return new TaskCaseView(taskLine, view, contractOf(view), files, callOf(task, view), customerAnswer(view.timeline(),
        task.getCreateTime().toInstant()), List.of(), mayAddNote(user), mayChangeGroups(task, user),
        TaskCaseView.INTERNAL_KINDS);
  }

  /**
   * Adds a note to the task's case: internal, or for the customer (a message, e-mailed). Returns the task's case
   * as it then reads.
   */
  @Transactional
  public TaskCaseView addNote(String taskId, TaskCaseController.Note note, CurrentUser user) {
    Task task = readableTask(taskId, user);
    ProcessDefinition definition = task.getProcessDefinitionId() == null ? null
        : repositoryService.getProcessDefinition(task.getProcessDefinitionId());
    String caseNumber = caseNumberOf(task, definition)
        .orElseThrow(() -> new ConflictException("Task " + taskId + " belongs to no case, so it takes no case note"));
    if (!mayAddNote(user)) {
      throw new ForbiddenException("Your role may read this case but not add notes to it");
    }
    validation.valid(note);
    cases.addNote(caseNumber, note.text().strip(), Boolean.TRUE.equals(note.forCustomer()), user);
    return of(taskId, user);
  }

  private TaskCaseView.Contract contractOf(CaseView view) {
    if (view.contractId() == null) {
      return null;
    }
    var contract = contracts.find(view.contractId()).orElse(null);
    var hours = coverage.of(view.contractId()).orElse(null);
    if (contract == null) {
      return null;
    }
    return new TaskCaseView.Contract(contract.id(), contract.serviceLevel(),
        hours != null && hours.calendar() != null ? hours.calendar() : contract.coverageCalendar(),
        hours == null ? null : hours.timeZone(), contract.validTo());
  }

  /**
   * Whether the engine lets the caller change the task's candidate groups (Tasklist's group field): TASK_ASSIGN or
   * UPDATE on the task, as supervisors and managers hold; those who only work tasks may not, so Tasklist does not
   * offer it to them.
   */
  private boolean mayChangeGroups(Task task, CurrentUser user) {
    List<String> groups = List.copyOf(user.groups());
    var authorizations = engine.getAuthorizationService();
    return user.isAdmin()
        || authorizations.isUserAuthorized(user.userId(), groups, Permissions.TASK_ASSIGN, Resources.TASK, task.getId())
        || authorizations.isUserAuthorized(user.userId(), groups, Permissions.UPDATE, Resources.TASK, task.getId());
  }

  /** Agents and administrators act on cases; customers write messages instead, auditors only read. */
  private static boolean mayAddNote(CurrentUser user) {
    return user.actsOnCases() && !user.isCustomer();
  }

  /** The task, if the engine lets the caller read it: the query runs with the caller's identity. */
  private Task readableTask(String taskId, CurrentUser user) {
    Task task;
    identityService.setAuthentication(user.userId(), List.copyOf(user.groups()));
    try {
      task = taskService.createTaskQuery().taskId(taskId).singleResult();
    } finally {
      identityService.clearAuthentication();
    }
    if (task == null) {
      throw new NotFoundException("Task " + taskId + " not found");
    }
    return task;
  }

  /**
   * The case of a task: the business key of a case-handling instance; else the {@code caseNumber} of its process
   * instance or of the instance that called it (an RMA, a red flag, a complaint about a case, a faulty-part return).
   */
  private Optional<String> caseNumberOf(Task task, ProcessDefinition definition) {
    String instanceId = task.getProcessInstanceId();
    while (instanceId != null) {
      ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(instanceId)
          .singleResult();
      if (instance == null) {
        return Optional.empty();
      }
      String key = instanceId.equals(task.getProcessInstanceId()) && definition != null ? definition.getKey()
          : repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
      if (CASE_PROCESS.equals(key) && instance.getBusinessKey() != null) {
        return Optional.of(instance.getBusinessKey());
      }
      Object caseNumber = runtimeService.getVariable(instanceId, CASE_NUMBER);
      if (caseNumber instanceof String number && !number.isBlank()) {
        return Optional.of(number);
      }
      ProcessInstance caller = runtimeService.createProcessInstanceQuery().subProcessInstanceId(instanceId)
          .singleResult();
      instanceId = caller == null ? null : caller.getId();
    }
    return Optional.empty();
  }

  /** A shift hand-off's hot issues (open P1/P2 at the turnover), as they read now. */
  private List<CaseView.Summary> hotCasesOf(Task task, CurrentUser user) {
    if (task.getProcessInstanceId() == null
        || !(runtimeService.getVariable(task.getProcessInstanceId(), HANDOFF_ID) instanceof Number id)) {
      return List.of();
    }
    List<String> numbers = handoffs.find(id.longValue()).map(h -> h.report().hotIssues()).orElse(List.of())
        .stream().map(HandoffReport.CaseLine::caseNumber).toList();
    return cases.summaries(numbers, user);
  }

  /** Whom to call and why, for a user task whose diagram marks it as a call. */
  private TaskCaseView.Call callOf(Task task, CaseView view) {
    Map<String, String> properties = propertiesOf(task);
    if (!properties.containsKey(CALL) || view.caller() == null) {
      return null;
    }
    String reason = properties.get(CALL_REASON) == null ? null
        : evaluate(task, properties.get(CALL_REASON), factsOf(view));
    var caller = view.caller();
    return new TaskCaseView.Call(caller.name(), caller.phone(), caller.email(),
        caller.company() != null ? caller.company() : view.company(), reason);
  }

  private Map<String, String> propertiesOf(Task task) {
    if (task.getProcessDefinitionId() == null) {
      return Map.of();
    }
    BaseElement element = repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    if (element == null || element.getExtensionElements() == null) {
      return Map.of();
    }
    Map<String, String> properties = new java.util.HashMap<>();
    element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> p.getCamundaName() != null && p.getCamundaValue() != null)
        .forEach((CamundaProperty p) -> properties.put(p.getCamundaName(), p.getCamundaValue()));
    return properties;
  }

  /** What a call reason may name beside the task's variables: the case as its row tells it. */
  private static Map<String, Object> factsOf(CaseView view) {
    Map<String, Object> facts = new java.util.HashMap<>();
    facts.put("channel", view.channel());
    facts.put("impact", view.impact());
    facts.put("urgency", view.urgency());
    facts.put("category", view.category());
    facts.put("product", view.product());
    facts.put("priority", view.priority());
    facts.put("subject", view.subject());
    facts.values().removeIf(java.util.Objects::isNull);
    return facts;
  }

  /**
   * The reason's expressions over the task's variables and, for names no variable has, the case's facts; null if
   * they cannot be evaluated.
   */
  private String evaluate(Task task, String text, Map<String, Object> facts) {
    if (!text.contains("${") && !text.contains("#{")) {
      return text;
    }
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try {
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        TaskEntity entity = context.getTaskManager().findTaskById(task.getId());
        Object value = entity == null ? null
            : configuration.getExpressionManager().createExpression(text).getValue(withFacts(entity, facts));
        return value == null ? null : value.toString();
      });
    } catch (RuntimeException e) {
      log.warn("Call reason of task {} ({}) cannot be evaluated: {}", task.getId(), task.getTaskDefinitionKey(),
          e.getMessage());
      return null;
    }
  }

  /** The task's variables, and the facts for names none of them has; read-only in effect (only reads call it). */
  private static VariableScope withFacts(VariableScope variables, Map<String, Object> facts) {
    return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(),
        new Class<?>[] {VariableScope.class}, (proxy, method, args) -> {
          if (args != null && args.length == 1 && args[0] instanceof String name && facts.containsKey(name)
              && !variables.hasVariable(name)) {
            switch (method.getName()) {
              case "hasVariable" -> { return true; }
              case "getVariable" -> { return facts.get(name); }
              default -> { }
            }
          }
          try {
            return method.invoke(variables, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /**
   * The customer's message that let the case go on and so created a task made at {@code created}: the latest
   * message before it, unless someone acted on the case in between (only the steps {@link #ON_THE_WAY} may lie
   * between them). What the customer answered is found by the case's waiting before it: a question, a proposed
   * solution, or a closed case.
   */
  static TaskCaseView.CustomerAnswer customerAnswer(List<Timeline.CaseEvent> timeline, Instant created) {
    List<Timeline.CaseEvent> before = new ArrayList<>(timeline.stream().filter(e -> !e.at().isAfter(created)).toList());
    Timeline.CaseEvent rejection = null;
    int i = before.size() - 1;
    for (; i >= 0; i--) {
      Timeline.CaseEvent event = before.get(i);
      if (event.kind() == CaseEventKind.CUSTOMER_MESSAGE) {
        break;
      }
      if (event.kind() == CaseEventKind.CLOSURE_REJECTED && rejection == null) {
        rejection = event;
      } else if (rejection != null) {
        // the customer rejected the solution without writing a message (POST /api/cases/{n}/closure)
        String solution = Stream.iterate(i, j -> j >= 0, j -> j - 1).map(before::get)
            .filter(e -> e.kind() == CaseEventKind.SOLUTION_PROPOSED).map(Timeline.CaseEvent::detail)
            .findFirst().orElse(null);
        return new TaskCaseView.CustomerAnswer("SOLUTION_REJECTED", rejection.detail(), rejection.at(), solution);
      } else if (!ON_THE_WAY.contains(event.kind())) {
        return null;
      }
    }
    if (i < 0) {
      return null;
    }
    Timeline.CaseEvent message = before.get(i);
    Timeline.CaseEvent waitedFor = Stream.iterate(i - 1, j -> j >= 0, j -> j - 1).map(before::get)
        .filter(e -> e.kind() == CaseEventKind.INFORMATION_REQUESTED || e.kind() == CaseEventKind.SOLUTION_PROPOSED
            || e.kind() == CaseEventKind.CLOSED || e.kind() == CaseEventKind.CUSTOMER_MESSAGE)
        .findFirst().orElse(null);
    if (waitedFor != null && waitedFor.kind() == CaseEventKind.INFORMATION_REQUESTED) {
      return new TaskCaseView.CustomerAnswer("ANSWER", message.detail(), message.at(), waitedFor.detail());
    }
    if (waitedFor != null && waitedFor.kind() == CaseEventKind.SOLUTION_PROPOSED && rejection != null) {
      return new TaskCaseView.CustomerAnswer("SOLUTION_REJECTED", message.detail(), message.at(),
          waitedFor.detail());
    }
    return new TaskCaseView.CustomerAnswer("MESSAGE", message.detail(), message.at(), null);
  }

  private static Instant instant(java.util.Date date) {
    return date == null ? null : date.toInstant();
  }
}

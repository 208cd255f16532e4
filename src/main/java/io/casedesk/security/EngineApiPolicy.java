package io.casedesk.security;

import static io.casedesk.security.CasedeskGroups.ANALYSTS;
import static io.casedesk.security.CasedeskGroups.AUDITORS;
import static io.casedesk.security.CasedeskGroups.ENGINEERS;
import static io.casedesk.security.CasedeskGroups.EXPERTS;
import static io.casedesk.security.CasedeskGroups.HOTLINE;
import static io.casedesk.security.CasedeskGroups.MANAGERS;
import static io.casedesk.security.CasedeskGroups.SALES;
import static io.casedesk.security.CasedeskGroups.SUPERVISORS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What each role may call through the engine REST ({@code /engine-rest}, Camunda Modeler and scripts) and through
 * the webapps' API ({@code /camunda/api/...}, Cockpit, Tasklist, Admin, Welcome): one allow-list, default deny.
 * README "Security model" is this table in words; {@link EngineApiGate} enforces it before the engine runs.
 *
 * <p>Paths are those of the engine REST without its root ({@code /task/{id}/claim}); the webapps' own plugin APIs
 * keep their application's name in front ({@code /cockpit/plugin/base/{engine}/process-instance}). The most
 * specific rule that matches a request's method and path decides (Spring's {@link PathPattern} specificity: a
 * literal segment wins over a variable, a variable over {@code **}). Administrators ({@link CasedeskGroups#ADMINS})
 * may call everything; a rule without groups is for administrators only, said explicitly so that every endpoint
 * the engine offers has a rule ({@code EngineApiPolicyCoverageTest}). Camunda's own authorizations still apply
 * behind the allow-list: a rule lets a request reach the engine, it grants nothing there.
 */
public final class EngineApiPolicy {

  /** Any group: hotline, engineers, ..., customers; and users without a Casedesk group. */
  static final String SIGNED_IN = "*signed-in";
  /** Nobody needs to be signed in: the webapps' login, their static plugin files, the list of engines. */
  static final String ANYONE = "*anyone";

  static final Set<String> AGENTS = Set.copyOf(CasedeskGroups.AGENTS);
  /** Who works cases in Tasklist or reads them: the agents and the auditors; the experts for their plan reviews. */
  static final Set<String> READERS = union(AGENTS, Set.of(AUDITORS, EXPERTS));
  /** Who completes tasks: the agents and the experts (their plan reviews; they claim and assign nothing). */
  static final Set<String> TASK_COMPLETERS = union(AGENTS, Set.of(EXPERTS));
  /** Who has Cockpit. */
  static final Set<String> COCKPIT = Set.of(SUPERVISORS, MANAGERS, AUDITORS, ANALYSTS);
  /** Every group but the customers'. */
  static final Set<String> STAFF = union(READERS, Set.of(ANALYSTS));
  static final Set<String> LEADS = Set.of(SUPERVISORS, MANAGERS);
  /**
   * Who logs cases and complaints with Tasklist's start forms (the only processes with one; the RMA desk opens RMAs
   * through the Casedesk API, and a process without a start form would start unchecked).
   */
  static final Set<String> INTAKE = Set.of(HOTLINE);
  static final Set<String> ADMINS_ONLY = Set.of();

  /**
   * One line of the policy.
   *
   * @param methods HTTP methods ({@code *}: all); GET covers HEAD
   * @param pattern the path as the engine REST names it, with {@code {variables}} and a final {@code **}
   * @param groups who may (administrators always may)
   * @param self whether any signed-in user may too, for their own user id in {@code {id}}
   * @param businessKeyRefused whether a {@code businessKey} in the JSON body is refused: the server draws them
   * @param what what the call does, as a refusal names it
   */
  public record Rule(Set<String> methods, String pattern, Set<String> groups, boolean self,
      boolean businessKeyRefused, String what) {

    PathPattern parsed() {
      return PARSER.parse(pattern);
    }

    public boolean adminsOnly() {
      return groups.isEmpty() && !self;
    }

    public boolean allows(String group) {
      return groups.contains(group) || groups.contains(SIGNED_IN) || groups.contains(ANYONE);
    }

    public boolean matchesMethod(String method) {
      String m = "HEAD".equals(method) ? "GET" : method;
      return methods.contains("*") || methods.contains(m);
    }
  }

  private static final PathPatternParser PARSER = new PathPatternParser();
  private static final List<Rule> RULES = new ArrayList<>();
  private static final List<PathPattern> PATTERNS = new ArrayList<>();

  static {
    // -- nobody needs to be signed in (the webapps answer 401 themselves where they want a login)
    allow("GET", "/engine", Set.of(ANYONE), "list the process engines");
    allow("GET", "/admin/auth/user/{engine}", Set.of(ANYONE), "ask who is logged into the webapps");
    allow("POST", "/admin/auth/user/{engine}/login/{app}", Set.of(ANYONE), "log into a webapp");
    allow("POST", "/admin/auth/user/{engine}/logout", Set.of(ANYONE), "log out of the webapps");
    allow("POST", "/admin/setup/{engine}/user/create", Set.of(ANYONE),
        "create the first administrator (Camunda refuses once one exists)");
    for (String app : List.of("admin", "cockpit", "tasklist", "welcome")) {
      allow("GET", "/" + app + "/plugin/{plugin}/static/**", Set.of(ANYONE), "load a webapp's plugin files");
    }

    // -- every signed-in user, customers too: their own account
    allow("GET", "/authorization/check", Set.of(SIGNED_IN), "ask whether one may do something");
    allow("GET,POST", "/identity/password-policy", Set.of(SIGNED_IN), "check a new password against the policy");
    allow("GET", "/user/{id}/profile", STAFF, true, "read a user's profile");
    allow("PUT", "/user/{id}/credentials", ADMINS_ONLY, true, "change a password (one's own with the old one)");
    adminsOnly("PUT", "/user/{id}/profile", "change a user's name or e-mail address");
    adminsOnly("DELETE", "/user/{id}", "delete a user");
    adminsOnly("POST", "/user/create", "create a user");
    adminsOnly("POST", "/user/{id}/unlock", "unlock a user");
    adminsOnly("OPTIONS", "/user/**", "ask what one may do with users");
    allow("GET", "/user", STAFF, "list users");
    allow("GET", "/user/count", STAFF, "count users");
    allow("GET,POST", "/group", STAFF, "list groups");
    allow("GET,POST", "/group/count", STAFF, "count groups");
    allow("GET", "/group/{id}", STAFF, "read a group");
    adminsOnly("*", "/group/**", "change groups and their members");
    allow("GET", "/identity/groups", STAFF, "list a user's groups");
    adminsOnly("POST", "/identity/verify", "check a user's password");
    allow("GET", "/tenant", STAFF, "list tenants");
    allow("GET", "/tenant/count", STAFF, "count tenants");
    allow("GET", "/tenant/{id}", STAFF, "read a tenant");
    adminsOnly("*", "/tenant/**", "change tenants and their members");
    adminsOnly("*", "/authorization/**", "read or change authorizations");
    allow("GET", "/version", STAFF, "read the engine's version (Camunda Modeler)");

    // -- process and decision definitions
    allow("GET", "/process-definition", STAFF, "list process definitions");
    allow("GET", "/process-definition/count", STAFF, "count process definitions");
    allow("GET", "/process-definition/statistics", COCKPIT, "read process statistics");
    for (String definition : List.of("/process-definition/{id}", "/process-definition/key/{key}",
        "/process-definition/key/{key}/tenant-id/{tenantId}")) {
      allow("GET", definition, STAFF, "read a process definition");
      allow("GET", definition + "/xml", STAFF, "read a process diagram");
      allow("GET", definition + "/diagram", STAFF, "read a process diagram");
      allow("GET", definition + "/startForm", READERS, "read a start form");
      allow("GET", definition + "/deployed-start-form", READERS, "read a start form");
      allow("GET", definition + "/rendered-form", READERS, "read a start form");
      allow("GET", definition + "/form-variables", READERS, "read a start form");
      allow("GET", definition + "/statistics", COCKPIT, "read process statistics");
      allow("GET", definition + "/static-called-process-definitions", COCKPIT, "read called processes");
      RULES.add(new Rule(Set.of("POST"), definition + "/submit-form", INTAKE, false, true,
          "start a process with its start form"));
      PATTERNS.add(PARSER.parse(definition + "/submit-form"));
      RULES.add(new Rule(Set.of("POST"), definition + "/start", ADMINS_ONLY, false, true,
          "start a process without its start form (case numbers are drawn by the server)"));
      PATTERNS.add(PARSER.parse(definition + "/start"));
      adminsOnly("*", definition + "/**", "change, suspend, delete or restart a process definition");
      adminsOnly("DELETE", definition, "delete a process definition");
    }

    allow("GET", "/decision-definition", STAFF, "list decision definitions");
    allow("GET", "/decision-definition/count", STAFF, "count decision definitions");
    allow("GET", "/decision-requirements-definition", STAFF, "list decision requirements");
    allow("GET", "/decision-requirements-definition/count", STAFF, "count decision requirements");
    for (String definition : List.of("/decision-definition/{id}", "/decision-definition/key/{key}",
        "/decision-definition/key/{key}/tenant-id/{tenantId}")) {
      allow("GET", definition, STAFF, "read a decision definition");
      allow("GET", definition + "/xml", STAFF, "read a decision table");
      allow("GET", definition + "/diagram", STAFF, "read a decision table");
      allow("POST", definition + "/evaluate", Set.of(ANALYSTS), "evaluate a decision table");
      adminsOnly("*", definition + "/**", "change a decision definition");
    }
    for (String definition : List.of("/decision-requirements-definition/{id}",
        "/decision-requirements-definition/key/{key}", "/decision-requirements-definition/key/{key}/tenant-id/{tenantId}")) {
      allow("GET", definition, STAFF, "read decision requirements");
      allow("GET", definition + "/xml", STAFF, "read decision requirements");
      allow("GET", definition + "/diagram", STAFF, "read decision requirements");
    }
    // CMMN: Casedesk has no case definitions; Cockpit's dashboard and Tasklist still ask for them
    allow("GET", "/case-definition", STAFF, "list CMMN case definitions");
    allow("GET", "/case-definition/count", STAFF, "count CMMN case definitions");
    allow("GET", "/case-instance", STAFF, "list CMMN case instances");
    allow("GET", "/case-instance/count", STAFF, "count CMMN case instances");
    allow("GET", "/case-execution", STAFF, "list CMMN case executions");
    allow("GET", "/case-execution/count", STAFF, "count CMMN case executions");
    for (String cmmn : List.of("/case-definition/**", "/case-instance/**", "/case-execution/**",
        "/history/case-instance/**", "/history/case-activity-instance/**", "/history/case-definition/**")) {
      adminsOnly("*", cmmn, "use CMMN cases");
    }

    // -- deployments: analysts deploy from Camunda Modeler
    allow("GET", "/deployment", COCKPIT, "list deployments");
    allow("GET", "/deployment/count", COCKPIT, "count deployments");
    allow("GET", "/deployment/{id}", COCKPIT, "read a deployment");
    allow("GET", "/deployment/{id}/resources", COCKPIT, "read a deployment's files");
    allow("GET", "/deployment/{id}/resources/{resourceId}", COCKPIT, "read a deployment's files");
    allow("GET", "/deployment/{id}/resources/{resourceId}/data", COCKPIT, "read a deployment's files");
    allow("POST", "/deployment/create", Set.of(ANALYSTS), "deploy diagrams, tables and forms");
    allow("POST", "/deployment/{id}/redeploy", Set.of(ANALYSTS), "deploy again");
    adminsOnly("*", "/deployment/**", "delete deployments or list the registered ones");

    // -- tasks: Tasklist
    allow("GET,POST", "/task", union(READERS, COCKPIT), "list tasks");
    allow("GET,POST", "/task/count", union(READERS, COCKPIT), "count tasks");
    allow("GET", "/task/report/candidate-group-count", union(READERS, COCKPIT), "count tasks by group");
    allow("GET", "/task/{id}", READERS, "read a task");
    for (String read : List.of("/form", "/deployed-form", "/rendered-form", "/form-variables", "/variables",
        "/variables/{varId}", "/variables/{varId}/data", "/localVariables", "/localVariables/{varId}",
        "/localVariables/{varId}/data", "/identity-links", "/comment", "/comment/{commentId}", "/attachment",
        "/attachment/{attachmentId}", "/attachment/{attachmentId}/data")) {
      allow("GET", "/task/{id}" + read, READERS, "read a task");
    }
    allow("POST", "/task/{id}/claim", AGENTS, "claim a task");
    allow("POST", "/task/{id}/unclaim", AGENTS, "give a task back");
    allow("POST", "/task/{id}/assignee", AGENTS, "assign a task");
    allow("POST", "/task/{id}/complete", TASK_COMPLETERS, "complete a task (its form's checks apply)");
    allow("POST", "/task/{id}/submit-form", TASK_COMPLETERS, "submit a task's form");
    allow("POST", "/task/{id}/comment/create", AGENTS, "comment on a task");
    allow("POST", "/task/{id}/attachment/create", AGENTS, "attach a file to a task");
    allow("POST", "/task/{id}/identity-links", LEADS, "add a candidate to a task");
    allow("POST", "/task/{id}/identity-links/delete", LEADS, "remove a candidate from a task");
    adminsOnly("POST", "/task/{id}/bpmnError", "end a task with a BPMN error, past its form");
    adminsOnly("POST", "/task/{id}/bpmnEscalation", "raise an escalation from a task, past its form");
    adminsOnly("POST", "/task/{id}/delegate", "delegate a task");
    adminsOnly("POST", "/task/{id}/resolve", "resolve a delegated task, past its form");
    adminsOnly("*", "/task/{id}/variables/**", "change a task's variables outside its form");
    adminsOnly("*", "/task/{id}/localVariables/**", "change a task's variables outside its form");
    adminsOnly("PUT", "/task/{id}", "change a task's name, priority or dates");
    adminsOnly("DELETE", "/task/{id}", "delete a task");
    adminsOnly("POST", "/task/create", "create a task");
    adminsOnly("*", "/task/{id}/**", "change or delete comments and attachments");

    // -- filters: Tasklist's lists (the engine lets each group read its own and agents save their own)
    allow("GET", "/filter", READERS, "list task filters");
    allow("GET", "/filter/count", READERS, "count task filters");
    allow("OPTIONS", "/filter", READERS, "ask what one may do with filters");
    allow("GET", "/filter/{id}", READERS, "read a task filter");
    allow("OPTIONS", "/filter/{id}", READERS, "ask what one may do with a filter");
    allow("GET,POST", "/filter/{id}/list", READERS, "list a filter's tasks");
    allow("GET,POST", "/filter/{id}/count", READERS, "count a filter's tasks");
    allow("GET,POST", "/filter/{id}/singleResult", READERS, "read a filter's task");
    allow("POST", "/filter/create", AGENTS, "save a task filter");
    allow("PUT", "/filter/{id}", AGENTS, "change a task filter");
    allow("DELETE", "/filter/{id}", AGENTS, "delete a task filter");

    // -- running instances: read in Cockpit and Tasklist; changed only through forms and the Casedesk API
    Set<String> instanceReaders = union(READERS, COCKPIT);
    allow("GET,POST", "/process-instance", instanceReaders, "list process instances");
    allow("GET,POST", "/process-instance/count", instanceReaders, "count process instances");
    allow("GET", "/process-instance/{id}", instanceReaders, "read a process instance");
    allow("GET", "/process-instance/{id}/activity-instances", instanceReaders, "read where an instance is");
    allow("GET", "/process-instance/{id}/variables", instanceReaders, "read a process's variables");
    allow("GET", "/process-instance/{id}/variables/{varId}", instanceReaders, "read a process's variables");
    allow("GET", "/process-instance/{id}/variables/{varId}/data", instanceReaders, "read a process's variables");
    allow("GET", "/process-instance/{id}/comment", instanceReaders, "read a process's comments");
    adminsOnly("*", "/process-instance/**",
        "cancel, suspend, modify or migrate a process, change its variables or retry its jobs");
    allow("GET,POST", "/execution", COCKPIT, "list executions");
    allow("GET,POST", "/execution/count", COCKPIT, "count executions");
    allow("GET", "/execution/{id}", COCKPIT, "read an execution");
    allow("GET", "/execution/{id}/localVariables", COCKPIT, "read an execution's variables");
    allow("GET", "/execution/{id}/localVariables/{varId}", COCKPIT, "read an execution's variables");
    allow("GET", "/execution/{id}/localVariables/{varId}/data", COCKPIT, "read an execution's variables");
    allow("GET", "/execution/{id}/messageSubscriptions/{messageName}", COCKPIT, "read what an execution waits for");
    adminsOnly("*", "/execution/**", "signal an execution, trigger its messages or change its variables");
    allow("GET,POST", "/variable-instance", COCKPIT, "list variables");
    allow("GET,POST", "/variable-instance/count", COCKPIT, "count variables");
    allow("GET", "/variable-instance/{id}", COCKPIT, "read a variable");
    allow("GET", "/variable-instance/{id}/data", COCKPIT, "read a variable");
    allow("GET", "/event-subscription", COCKPIT, "list event subscriptions");
    allow("GET", "/event-subscription/count", COCKPIT, "count event subscriptions");
    allow("GET", "/incident", COCKPIT, "list incidents");
    allow("GET", "/incident/count", COCKPIT, "count incidents");
    allow("GET", "/incident/{id}", COCKPIT, "read an incident");
    adminsOnly("*", "/incident/**", "resolve incidents or annotate them");

    // -- jobs: read in Cockpit; executing, retrying, moving or suspending them is administration
    allow("GET,POST", "/job", COCKPIT, "list jobs");
    allow("GET,POST", "/job/count", COCKPIT, "count jobs");
    allow("GET", "/job/{id}", COCKPIT, "read a job");
    allow("GET", "/job/{id}/stacktrace", COCKPIT, "read a job's failure");
    adminsOnly("*", "/job/**", "execute a job, set its retries, due date or priority, suspend or delete it");
    // Cockpit reads job definitions (Casedesk's case history names a timer's duration from them)
    allow("GET,POST", "/job-definition", COCKPIT, "list job definitions");
    allow("GET,POST", "/job-definition/count", COCKPIT, "count job definitions");
    allow("GET", "/job-definition/{id}", COCKPIT, "read a job definition");
    adminsOnly("*", "/job-definition/**", "suspend job definitions or set their retries or priority");
    allow("GET,POST", "/external-task", COCKPIT, "list external tasks");
    allow("GET,POST", "/external-task/count", COCKPIT, "count external tasks");
    allow("GET", "/external-task/{id}", COCKPIT, "read an external task");
    allow("GET", "/external-task/{id}/errorDetails", COCKPIT, "read an external task's failure");
    adminsOnly("*", "/external-task/**", "fetch, lock, complete or retry external tasks");

    // -- history: Cockpit's history and audit views, Tasklist's task history; deleting it or setting its removal
    // time is administration
    Set<String> historyReaders = union(READERS, COCKPIT);
    for (String query : List.of("activity-instance", "process-instance", "task", "variable-instance", "detail",
        "job-log", "external-task-log")) {
      allow("GET,POST", "/history/" + query, historyReaders, "read history");
      allow("GET,POST", "/history/" + query + "/count", historyReaders, "read history");
    }
    for (String list : List.of("incident", "identity-link-log", "user-operation", "decision-instance")) {
      allow("GET", "/history/" + list, historyReaders, "read history");
      allow("GET", "/history/" + list + "/count", historyReaders, "read history");
    }
    for (String one : List.of("activity-instance/{id}", "process-instance/{id}", "variable-instance/{id}",
        "variable-instance/{id}/data", "detail/{id}", "detail/{id}/data", "job-log/{id}", "job-log/{id}/stacktrace",
        "external-task-log/{id}", "external-task-log/{id}/error-details", "decision-instance/{id}",
        "process-instance/report", "task/report", "process-definition/{id}/statistics",
        "decision-requirements-definition/{id}/statistics")) {
      allow("GET", "/history/" + one, historyReaders, "read history");
    }
    adminsOnly("*", "/history/**",
        "delete history, set its removal time, annotate it, run or read the clean-up, read batches");

    // -- whole families only administrators use
    for (String family : List.of("/batch", "/condition", "/message", "/signal", "/metrics", "/migration",
        "/modification", "/optimize", "/schema", "/telemetry")) {
      adminsOnly("*", family + "/**", "use " + family + " (administration)");
    }

    // -- the webapps' own plugin APIs
    allow("GET,POST", "/cockpit/plugin/base/{engine}/**", COCKPIT, "read Cockpit's lists and counts");
    adminsOnly("*", "/admin/**", "use the Admin webapp's API (metrics)");
  }

  private static void allow(String methods, String pattern, Set<String> groups, String what) {
    allow(methods, pattern, groups, false, what);
  }

  private static void allow(String methods, String pattern, Set<String> groups, boolean self, String what) {
    var rule = new Rule(Set.of(methods.split(",")), pattern, Set.copyOf(groups), self, false, what);
    RULES.add(rule);
    PATTERNS.add(rule.parsed());
  }

  private static void adminsOnly(String methods, String pattern, String what) {
    allow(methods, pattern, ADMINS_ONLY, what);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    var all = new LinkedHashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** Every rule, in the order written. */
  public static List<Rule> rules() {
    return List.copyOf(RULES);
  }

  /** The rule that decides a request: the most specific one matching its method and path. */
  public static Optional<Rule> ruleFor(String method, String path) {
    PathContainer container = PathContainer.parsePath(path);
    Rule best = null;
    PathPattern bestPattern = null;
    for (int i = 0; i < RULES.size(); i++) {
      Rule rule = RULES.get(i);
      PathPattern pattern = PATTERNS.get(i);
      if (rule.matchesMethod(method) && pattern.matches(container)
          && (bestPattern == null || PathPattern.SPECIFICITY_COMPARATOR.compare(pattern, bestPattern) < 0
              || (PathPattern.SPECIFICITY_COMPARATOR.compare(pattern, bestPattern) == 0 && methodSpecific(rule, best)))) {
        best = rule;
        bestPattern = pattern;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Between two equally specific paths, a rule naming the method wins over one for every method. */
  private static boolean methodSpecific(Rule candidate, Rule best) {
    return !candidate.methods().contains("*") && best.methods().contains("*");
  }

  /** Whether a user of these groups may make this call; {@code userId} for the rules about one's own account. */
  public static boolean allows(Rule rule, String userId, Collection<String> groups, String ownIdInPath) {
    if (groups.contains(CasedeskGroups.ADMINS) || rule.groups().contains(ANYONE)) {
      return true;
    }
    if (userId == null) {
      return false;
    }
    if (rule.groups().contains(SIGNED_IN) || groups.stream().anyMatch(rule.groups()::contains)) {
      return true;
    }
    return rule.self() && userId.equals(ownIdInPath);
  }

  /** The groups a rule names, for README and refusals: administrators first. */
  static List<String> whoMay(Rule rule) {
    return Stream.concat(Stream.of(CasedeskGroups.ADMINS), rule.groups().stream().sorted(Comparator.naturalOrder()))
        .toList();
  }

  private EngineApiPolicy() {}
}

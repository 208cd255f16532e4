package io.casedesk.security;

import static io.casedesk.security.CasedeskGroups.ADMINS;
import static io.casedesk.security.CasedeskGroups.AUDITORS;
import static io.casedesk.security.CasedeskGroups.CUSTOMERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.security.EngineApiEndpoints.Endpoint;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The policy of README "Security model" covers every endpoint: each one the engine REST and the webapps' APIs
 * offer (read from their JAX-RS resources) has a rule, for some roles or explicitly for administrators only, and the
 * rules keep the promises of issue 16. No server needed: this is the table itself.
 */
class EngineApiPolicyCoverageTest {

  private static final List<String> ROLES = List.of(CasedeskGroups.HOTLINE, CasedeskGroups.ENGINEERS,
      CasedeskGroups.SUPERVISORS, CasedeskGroups.MANAGERS, CasedeskGroups.RMA_DESK, CasedeskGroups.SALES, AUDITORS,
      CasedeskGroups.ANALYSTS, CUSTOMERS);

  @Test
  void everyEndpointOfTheEngineRestAndTheWebappsHasARule() {
    Set<Endpoint> endpoints = EngineApiEndpoints.all();
    assertThat(endpoints).as("the JAX-RS resources were found").hasSizeGreaterThan(450);
    List<Endpoint> withoutRule = endpoints.stream()
        .filter(e -> EngineApiPolicy.ruleFor(e.method(), e.samplePath()).isEmpty()).toList();
    assertThat(withoutRule).as("endpoints without a rule in EngineApiPolicy (allow some roles, or adminsOnly)")
        .isEmpty();
  }

  @Test
  void everyRuleIsUsedByAnEndpoint() {
    Set<Endpoint> endpoints = EngineApiEndpoints.all();
    List<String> unused = EngineApiPolicy.rules().stream()
        .filter(rule -> endpoints.stream().noneMatch(e -> EngineApiPolicy.ruleFor(e.method(), e.samplePath())
            .filter(rule::equals).isPresent()))
        .map(r -> r.methods() + " " + r.pattern()).toList();
    assertThat(unused).as("rules no endpoint reaches (a typo, or Camunda dropped the endpoint)").isEmpty();
  }

  @Test
  void administrationIsForAdministratorsOnly() {
    for (String call : List.of("POST /job/{id}/execute", "PUT /job/{id}/retries", "PUT /job/{id}/duedate",
        "POST /job/{id}/duedate/recalculate", "PUT /job/{id}/suspended", "DELETE /job/{id}", "POST /job/retries",
        "PUT /job-definition/{id}/retries", "PUT /job-definition/{id}/suspended",
        "GET /batch", "DELETE /batch/{id}", "POST /history/cleanup", "GET /history/cleanup/jobs",
        "POST /process-instance/{id}/modification", "POST /modification/execute", "POST /migration/execute",
        "DELETE /process-instance/{id}", "PUT /process-instance/{id}/suspended", "POST /process-instance/delete",
        "DELETE /incident/{id}", "PUT /incident/{id}/annotation", "POST /message", "POST /signal",
        "POST /execution/{id}/signal", "POST /process-definition/key/{key}/start", "POST /process-definition/{id}/start",
        "POST /process-definition/{id}/restart", "PUT /process-definition/{id}/suspended", "DELETE /deployment/{id}",
        "POST /task/{id}/bpmnError", "POST /task/{id}/bpmnEscalation", "POST /task/{id}/resolve",
        "POST /task/{id}/delegate", "PUT /task/{id}/variables/{varId}", "POST /task/{id}/variables",
        "DELETE /task/{id}/variables/{varId}", "POST /task/{id}/variables/{varId}/data",
        "PUT /task/{id}/localVariables/{varId}", "POST /task/{id}/localVariables",
        "DELETE /task/{id}/localVariables/{varId}", "PUT /process-instance/{id}/variables/{varId}",
        "POST /process-instance/{id}/variables", "DELETE /process-instance/{id}/variables/{varId}",
        "PUT /execution/{id}/localVariables/{varId}", "POST /execution/{id}/localVariables",
        "POST /process-instance/variables-async", "PUT /task/{id}", "DELETE /task/{id}", "POST /task/create",
        "DELETE /user/{id}", "PUT /user/{id}/profile", "POST /user/create", "PUT /group/{id}/members/{userId}",
        "POST /authorization/create", "GET /authorization", "GET /metrics", "POST /external-task/fetchAndLock",
        "GET /admin/plugin/adminPlugins/{engine}/metrics/aggregated")) {
      String method = call.split(" ")[0];
      String path = call.split(" ")[1].replaceAll("\\{[^}]+}", "x1");
      var rule = EngineApiPolicy.ruleFor(method, path);
      assertThat(rule).as(call).isPresent();
      assertThat(rule.get().adminsOnly()).as(call + " decided by " + rule.get()).isTrue();
      assertThat(EngineApiPolicy.allows(rule.get(), "admin", Set.of(ADMINS), null)).as(call).isTrue();
    }
  }

  @Test
  void auditorsChangeNothingAndReadWhatStaffRead() {
    for (Endpoint endpoint : EngineApiEndpoints.all()) {
      var rule = EngineApiPolicy.ruleFor(endpoint.method(), endpoint.samplePath()).orElseThrow();
      boolean auditors = allows(rule, AUDITORS);
      boolean read = readOnly(endpoint, rule);
      if (!read && !rule.groups().contains(EngineApiPolicy.ANYONE)) {
        assertThat(auditors).as("auditors may not " + endpoint).isFalse();
      }
      if (read && Stream.of(CasedeskGroups.AGENTS, List.of(CasedeskGroups.SUPERVISORS)).flatMap(List::stream)
          .anyMatch(g -> allows(rule, g))) {
        assertThat(auditors).as("auditors read what staff read: " + endpoint).isTrue();
      }
    }
    for (String call : List.of("/task/x1/comment/create", "/task/x1/attachment/create", "/task/x1/claim",
        "/task/x1/complete", "/task/x1/submit-form", "/task/x1/assignee", "/filter/create",
        "/process-definition/key/x1/submit-form", "/deployment/create", "/decision-definition/x1/evaluate")) {
      assertThat(allows(EngineApiPolicy.ruleFor("POST", call).orElseThrow(), AUDITORS)).as(call).isFalse();
    }
  }

  @Test
  void customersUseTheirOwnAccountOnly() {
    for (Endpoint endpoint : EngineApiEndpoints.all()) {
      var rule = EngineApiPolicy.ruleFor(endpoint.method(), endpoint.samplePath()).orElseThrow();
      if (allows(rule, CUSTOMERS)) {
        assertThat(rule.groups()).as(endpoint + " for customers").containsAnyOf(EngineApiPolicy.ANYONE,
            EngineApiPolicy.SIGNED_IN);
      }
    }
    var profile = EngineApiPolicy.ruleFor("GET", "/user/customer1/profile").orElseThrow();
    assertThat(EngineApiPolicy.allows(profile, "customer1", Set.of(CUSTOMERS), "customer1")).isTrue();
    assertThat(EngineApiPolicy.allows(profile, "customer1", Set.of(CUSTOMERS), "engineer1")).isFalse();
    var password = EngineApiPolicy.ruleFor("PUT", "/user/customer1/credentials").orElseThrow();
    assertThat(EngineApiPolicy.allows(password, "customer1", Set.of(CUSTOMERS), "customer1")).isTrue();
    assertThat(EngineApiPolicy.allows(password, "customer1", Set.of(CUSTOMERS), "customer2")).isFalse();
    for (String own : List.of("DELETE /user/customer1", "PUT /user/customer1/profile")) {
      var rule = EngineApiPolicy.ruleFor(own.split(" ")[0], own.split(" ")[1]).orElseThrow();
      assertThat(EngineApiPolicy.allows(rule, "customer1", Set.of(CUSTOMERS), "customer1")).as(own).isFalse();
    }
  }

  @Test
  void everyRoleHasItsWork() {
    record Call(String method, String path, String role) {}
    for (Call call : List.of(new Call("POST", "/task/x1/claim", CasedeskGroups.ENGINEERS),
        new Call("POST", "/task/x1/submit-form", CasedeskGroups.ENGINEERS),
        new Call("POST", "/task/x1/complete", CasedeskGroups.HOTLINE),
        new Call("POST", "/task/x1/comment/create", CasedeskGroups.SALES),
        new Call("POST", "/process-definition/x1/submit-form", CasedeskGroups.HOTLINE),
        new Call("POST", "/task/x1/assignee", CasedeskGroups.SUPERVISORS),
        new Call("POST", "/filter/x1/list", CasedeskGroups.MANAGERS),
        new Call("GET", "/process-instance/x1/activity-instances", AUDITORS),
        new Call("GET", "/history/user-operation", AUDITORS),
        new Call("POST", "/deployment/create", CasedeskGroups.ANALYSTS),
        new Call("GET", "/job", CasedeskGroups.ANALYSTS),
        new Call("POST", "/decision-definition/key/x1/evaluate", CasedeskGroups.ANALYSTS),
        new Call("GET", "/cockpit/plugin/base/default/process-definition/statistics", CasedeskGroups.SUPERVISORS))) {
      assertThat(allows(EngineApiPolicy.ruleFor(call.method(), call.path()).orElseThrow(), call.role()))
          .as(call.toString()).isTrue();
    }
    assertThat(allows(EngineApiPolicy.ruleFor("POST", "/process-definition/key/rma/submit-form").orElseThrow(),
        CasedeskGroups.RMA_DESK)).as("rma has no start form: it would start unchecked").isFalse();
    assertThat(ROLES).allSatisfy(role -> assertThat(
        allows(EngineApiPolicy.ruleFor("POST", "/admin/auth/user/default/login/tasklist").orElseThrow(), role))
        .isTrue());
  }

  private static boolean allows(EngineApiPolicy.Rule rule, String group) {
    return EngineApiPolicy.allows(rule, "someone", Set.of(group), null);
  }

  /** A read: GET or OPTIONS, or a POST to a query endpoint that also answers GET (Camunda's long queries). */
  private static boolean readOnly(Endpoint endpoint, EngineApiPolicy.Rule rule) {
    return switch (endpoint.method()) {
      case "GET", "HEAD", "OPTIONS" -> true;
      case "POST" -> rule.methods().contains("GET") && EngineApiEndpoints.all()
          .contains(new Endpoint("GET", endpoint.template()));
      default -> false;
    };
  }
}

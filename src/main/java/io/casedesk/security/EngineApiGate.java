package io.casedesk.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.web.BodyReadAgain;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Enforces {@link EngineApiPolicy} on the engine REST ({@code /engine-rest/*}, HTTP basic) and on the webapps' API
 * ({@code /camunda/api/*}, the webapps' session), before anything reaches the engine: a refused call answers 403
 * and changes nothing (no job loses a retry, no task or variable changes, no operation log).
 *
 * <p>The user and groups are those the surface authenticated: Spring Security's (read from the identity service at
 * each call) on {@code /engine-rest}, the webapps' login on {@code /camunda/api} (Camunda refreshes it every few
 * minutes). A request without a user passes on: {@code /engine-rest} never lets one through, and the webapps
 * answer 401 themselves (Tasklist then shows its login form).
 */
public class EngineApiGate extends OncePerRequestFilter {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EngineApiGate.class);

  /** Header on every refusal of the gate, so that tests and people tell it from the engine's own 403. */
  public static final String REFUSED_BY = "Casedesk-Refused-By";

  static final String ENGINE_REST = "/engine-rest";
  static final String WEBAPP_API = "/camunda/api";
  private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/([^/]+)(/.*)?$");
  private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/engine/engine(?:/([^/]+))?(/.*)?$");

  private final ObjectMapper json = new ObjectMapper();
  private final String defaultEngine;

  public EngineApiGate(String defaultEngine) {
    this.defaultEngine = defaultEngine;
  }

  /** Where a request lands in the policy's path space, and on which engine; empty for paths the gate leaves alone. */
  record Target(String path, String engine, boolean webapp) {}

  Optional<Target> target(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    if (uri.startsWith(ENGINE_REST + "/") || uri.equals(ENGINE_REST)) {
      String path = uri.substring(ENGINE_REST.length());
      Matcher named = NAMED_ENGINE.matcher(path);
      if (named.matches()) {
        return Optional.of(new Target(named.group(2) == null ? "/engine" : named.group(2), named.group(1), false));
      }
      return Optional.of(new Target(path.isEmpty() ? "/" : path, defaultEngine, false));
    }
    if (uri.startsWith(WEBAPP_API + "/")) {
      String path = uri.substring(WEBAPP_API.length());
      Matcher engineApi = WEBAPP_ENGINE.matcher(path);
      if (engineApi.matches()) {
        if (engineApi.group(1) == null || engineApi.group(2) == null) {
          return Optional.of(new Target("/engine", defaultEngine, true));
        }
        return Optional.of(new Target(engineApi.group(2), engineApi.group(1), true));
      }
      // the webapps' own APIs: /admin/auth/..., /cockpit/plugin/..., /tasklist/..., /welcome/...
      return Optional.of(new Target(path, defaultEngine, true));
    }
    return Optional.empty();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Target> target = target(request);
    if (target.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String path = target.get().path();
    String method = request.getMethod();
    Optional<EngineApiPolicy.Rule> rule = EngineApiPolicy.ruleFor(method, path);
    if (rule.isPresent() && rule.get().groups().contains(EngineApiPolicy.ANYONE)) {
      chain.doFilter(request, response);
      return;
    }
    Caller caller = target.get().webapp() ? webappCaller(request, target.get().engine()) : restCaller();
    if (caller == null) {
      chain.doFilter(request, response);
      return;
    }
    if (rule.isEmpty() || !EngineApiPolicy.allows(rule.get(), caller.userId(), caller.groups(), ownId(rule.get(), path))) {
      log.info("Refused {} {} ({}) to {} {}", method, path, rule.map(EngineApiPolicy.Rule::pattern).orElse("no rule"),
          caller.userId(), caller.groups());
      refuse(response, rule.orElse(null), method, path);
      return;
    }
    if (rule.get().businessKeyRefused()) {
      byte[] body = request.getInputStream().readAllBytes();
      if (carriesBusinessKey(body)) {
        write(response, 400, "Bad Request", "Business keys (case, complaint and RMA numbers) are drawn by the server: "
            + "leave businessKey out.", null);
        return;
      }
      request = new BodyReadAgain(request, body);
    }
    chain.doFilter(request, response);
  }

  record Caller(String userId, List<String> groups) {}

  private static Caller restCaller() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
        || "anonymousUser".equals(authentication.getName())) {
      return null;
    }
    List<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX))
        .map(a -> a.substring(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX.length())).toList();
    return new Caller(authentication.getName(), groups);
  }

  private static Caller webappCaller(HttpServletRequest request, String engine) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    try {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      if (authentications.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user
          && user.getIdentityId() != null) {
        return new Caller(user.getIdentityId(), user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds()));
      }
      return null;
    } catch (IllegalStateException invalidated) {
      return null;
    }
  }

  /** The user id a "one's own account" rule is about: the first variable of its path ({@code /user/{id}/...}). */
  private static String ownId(EngineApiPolicy.Rule rule, String path) {
    if (!rule.self()) {
      return null;
    }
    PathPattern.PathMatchInfo match = rule.parsed().matchAndExtract(org.springframework.http.server.PathContainer
        .parsePath(path));
    return match == null ? null : match.getUriVariables().get("id");
  }

  private boolean carriesBusinessKey(byte[] body) {
    if (body.length == 0) {
      return false;
    }
    try {
      JsonNode key = json.readTree(body).path("businessKey");
      return key.isValueNode() && !key.isNull() && !key.asText().isBlank();
    } catch (IOException notJson) {
      return false; // the engine REST answers a body it cannot read itself
    }
  }

  private static void refuse(HttpServletResponse response, EngineApiPolicy.Rule rule, String method, String path)
      throws IOException {
    String detail;
    if (rule == null) {
      detail = "Casedesk's security model offers " + method + " " + path.replaceAll("/[^/]*\\d[^/]*", "/{id}")
          + " to nobody but administrators.";
    } else {
      List<String> may = EngineApiPolicy.whoMay(rule).stream().filter(g -> !g.startsWith("*")).toList();
      detail = "You may not " + rule.what() + " here: Casedesk's security model lets only "
          + String.join(", ", may) + (rule.self() ? " (and each user for their own account)" : "") + " do that.";
    }
    write(response, 403, "Forbidden", detail, rule == null ? "" : rule.pattern());
  }

  /**
   * A problem body that Camunda's clients read too: {@code type} as the engine REST names an authorization failure,
   * {@code message} as Tasklist, Cockpit and Camunda Modeler show it.
   */
  private static void write(HttpServletResponse response, int status, String title, String detail, String rule)
      throws IOException {
    response.setStatus(status);
    response.setHeader(REFUSED_BY, "engine-api-policy");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("type", status == 403 ? "AuthorizationException" : "InvalidRequestException");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("message", detail);
    if (rule != null && !rule.isEmpty()) {
      body.put("rule", rule);
    }
    response.getWriter().write(new ObjectMapper().writeValueAsString(body));
  }
}

package io.casedesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Lets a page that runs inside the Camunda webapps (a Tasklist plugin, the report page) call the Casedesk API as
 * the user who logged into Tasklist, Cockpit or Admin, instead of asking for HTTP basic credentials a second time.
 *
 * <p>Only for requests without an {@code Authorization} header, on the paths of {@code sessionPaths}, and only for
 * a user still known to the identity service, with their groups read now (as HTTP basic does), not as cached at
 * login. A request that changes something must carry the webapps' CSRF token in {@code X-XSRF-TOKEN}, as the
 * webapps' own API demands: otherwise a page of another site could drive a logged-in agent's browser. Without it
 * the request is refused before it reaches a controller, so nothing changes.
 */
public class WebappSessionAuthenticationFilter extends SessionLoginFilter {

  /** Where the webapps keep their login in the session ({@code Authentications}, Camunda's own key). */
  static final String WEBAPP_LOGIN_ATTRIBUTE = "authenticatedUser";

  private final ProcessEngine engine;

  public WebappSessionAuthenticationFilter(RequestMatcher sessionPaths, ProcessEngine engine,
      CamundaIdentityAuthenticationProvider identity) {
    super(sessionPaths, identity);
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    String userId = webappUser(session);
    if (userId != null && identity.exists(userId)) {
      if (changes(request) && !carriesCsrfToken(request, session)) {
        refuse(request, response);
        return;
      }
      signIn(UsernamePasswordAuthenticationToken.authenticated(userId, null, identity.authoritiesOf(userId)));
    }
    chain.doFilter(request, response);
  }

  private String webappUser(HttpSession session) {
    try {
      // Camunda's getAuthsFromSession stores an empty login in a session without one: a customer portal's session
      // then got that attribute written by its first API calls at once, and with Spring Session in the database two
      // parallel calls (a case page loads the case and its files together) raced to insert it, one answered 500
      if (session.getAttribute(WEBAPP_LOGIN_ATTRIBUTE) == null) {
        return null;
      }
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      var authentication = authentications.getAuthenticationForProcessEngine(engine.getName());
      return authentication == null ? null : authentication.getIdentityId();
    } catch (IllegalStateException invalidated) {
      return null;
    }
  }

  private static boolean carriesCsrfToken(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return sameToken(expected == null ? null : expected.toString(),
        request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME));
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("""
        {"type":"about:blank","title":"Forbidden","status":403,"detail":"A change made with the webapps' login \
        needs the X-XSRF-TOKEN header of that session; reload the page and try again.","instance":"%s"}"""
        .formatted(request.getRequestURI().replace("\"", "")));
  }
}

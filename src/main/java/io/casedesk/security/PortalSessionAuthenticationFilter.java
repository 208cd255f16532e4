package io.casedesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Lets the customer portal's pages call the Casedesk API with the portal's session login ({@link PortalLogin})
 * instead of HTTP basic, so that the API's own controllers, services and rules answer the portal.
 *
 * <p>Only for requests without an {@code Authorization} header and not already signed in by the webapps' session,
 * and only for a user who still exists and is still a customer, with their groups read now. A request that changes
 * something must carry the portal session's CSRF token in {@code X-XSRF-TOKEN}; without it the request is refused
 * with 403 before it reaches a controller, so nothing changes.
 */
public class PortalSessionAuthenticationFilter extends SessionLoginFilter {

  public PortalSessionAuthenticationFilter(RequestMatcher sessionPaths,
      CamundaIdentityAuthenticationProvider identity) {
    super(sessionPaths, identity);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var signedIn = SecurityContextHolder.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    String userId = signedIn == null ? portalUser(session) : null;
    if (userId != null && identity.exists(userId)) {
      var authorities = identity.authoritiesOf(userId);
      var authentication = UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
      if (CurrentUser.of(authentication).isCustomer()) {
        if (changes(request) && !carriesCsrfToken(request, session)) {
          PortalLogin.problem(response, HttpStatus.FORBIDDEN, "A change made with the portal's login needs the "
              + "X-XSRF-TOKEN header of that session; reload the page and try again.");
          return;
        }
        signIn(authentication);
      }
    }
    chain.doFilter(request, response);
  }

  private static String portalUser(HttpSession session) {
    try {
      Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
      return context instanceof SecurityContext sc && sc.getAuthentication() != null
          && sc.getAuthentication().isAuthenticated() ? sc.getAuthentication().getName() : null;
    } catch (IllegalStateException invalidated) {
      return null;
    }
  }

  private static boolean carriesCsrfToken(HttpServletRequest request, HttpSession session) {
    return session.getAttribute(PortalLogin.CSRF_SESSION_ATTRIBUTE) instanceof CsrfToken token
        && sameToken(token.getToken(), request.getHeader(PortalLogin.CSRF_HEADER));
  }
}

package io.casedesk.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the filters share that let a browser session's login call the Casedesk API (the webapps' and the customer
 * portal's): they act only on their paths, for requests that carry no {@code Authorization} header and belong to a
 * session; a request that changes something must send that session's CSRF token.
 */
abstract class SessionLoginFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final RequestMatcher sessionPaths;
  protected final CamundaIdentityAuthenticationProvider identity;

  protected SessionLoginFilter(RequestMatcher sessionPaths, CamundaIdentityAuthenticationProvider identity) {
    this.sessionPaths = sessionPaths;
    this.identity = identity;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getHeader(HttpHeaders.AUTHORIZATION) != null || !sessionPaths.matches(request)
        || request.getSession(false) == null;
  }

  /** Whether the request may change something, and so needs the session's CSRF token. */
  static boolean changes(HttpServletRequest request) {
    return !SAFE_METHODS.contains(request.getMethod());
  }

  /** The token sent equals the session's, compared in constant time; none expected or sent is no match. */
  static boolean sameToken(String expected, String sent) {
    return expected != null && sent != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        sent.getBytes(StandardCharsets.UTF_8));
  }

  /** The request runs as {@code authentication}. */
  static void signIn(Authentication authentication) {
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
  }
}

package io.casedesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that changes something and comes from another site's page is refused with 403, before anyone is
 * authenticated: a browser sends HTTP basic credentials it has cached, and the webapps' session cookie, along with
 * a form another site posts, so {@code /engine-rest/deployment/create} took a multipart form from any page.
 *
 * <p>Refused: a POST, PUT, PATCH or DELETE whose {@code Origin} is not this server (as the browser addressed it:
 * the {@code Host}, or {@code X-Forwarded-Host} behind a proxy), or whose {@code Sec-Fetch-Site} is
 * {@code cross-site}. Camunda Modeler, curl and scripts send no {@code Origin}; the webapps' own pages send the
 * server's; both pass. Reads (GET, HEAD, OPTIONS) pass: they change nothing, and the same-origin policy keeps
 * their answers from the other site.
 */
public class CrossSiteRequestRefusal extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!SAFE_METHODS.contains(request.getMethod()) && crossSite(request)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setHeader(EngineApiGate.REFUSED_BY, "cross-site-request");
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      String detail = "A change must come from Casedesk's own pages or from a client such as Camunda Modeler, "
          + "not from another site's page.";
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
          + detail + "\",\"message\":\"" + detail + "\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean crossSite(HttpServletRequest request) {
    if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
      return true;
    }
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin == null) {
      return false;
    }
    String authority = authorityOf(origin);
    if (authority == null) {
      return true; // "null" (a sandboxed page, a redirect) or garbage
    }
    return !(authority.equals(normalized(request.getHeader(HttpHeaders.HOST)))
        || authority.equals(normalized(firstOf(request.getHeader("X-Forwarded-Host")))));
  }

  /** host[:port] of an origin as a browser writes it, the scheme's default port left out. */
  private static String authorityOf(String origin) {
    try {
      URI uri = URI.create(origin.trim());
      if (uri.getHost() == null || uri.getScheme() == null) {
        return null;
      }
      int port = uri.getPort();
      boolean defaultPort = port == -1 || ("http".equals(uri.getScheme()) && port == 80)
          || ("https".equals(uri.getScheme()) && port == 443);
      return uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    } catch (IllegalArgumentException notAnOrigin) {
      return null;
    }
  }

  private static String normalized(String host) {
    if (host == null || host.isBlank()) {
      return null;
    }
    String h = host.trim().toLowerCase(Locale.ROOT);
    return h.endsWith(":80") || h.endsWith(":443") ? h.substring(0, h.lastIndexOf(':')) : h;
  }

  private static String firstOf(String list) {
    return list == null ? null : list.split(",")[0];
  }
}

package io.casedesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Loading a page or a file of the webapps without a session writes no session row. Camunda's webapp filters ask
 * every request under {@code /camunda/app/} for a session (the CSRF filter puts a token in it, the authentication
 * filter reads the login from it), and Spring Session JDBC stores each new session: every anonymous page load, by a
 * person, a crawler or a monitor, wrote a row of {@code SPRING_SESSION}.
 *
 * <p>A {@code GET} or {@code HEAD} outside the APIs that comes without a session gets a session of its own that lives
 * only for the request. The webapps need a stored session from their first API call on, and they make one before
 * anything else: Tasklist, Cockpit, Admin, Welcome and the report page all ask {@code GET
 * /camunda/api/admin/auth/user/default} who is logged in, which still starts the stored session and hands out the
 * CSRF token the login then needs. A request that already has a session uses it as before.
 */
public class AnonymousPageSessions extends OncePerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD");

  /** APIs keep Spring's sessions: the webapps' API and the portal's ({@code GET /portal/api/csrf}, the login) start the
   * stored session; the others are stateless anyway. */
  private static final String[] API_PATHS = {"/camunda/api/", "/api/", "/engine-rest/", "/portal/api/"};

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!READS.contains(request.getMethod())) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (String api : API_PATHS) {
      if (path.startsWith(api)) {
        return true;
      }
    }
    return request.getSession(false) != null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new WithoutStoredSession(request), response);
  }

  /** The request as the filters after this one see it: a session, if they ask for one, that nobody stores. */
  static final class WithoutStoredSession extends HttpServletRequestWrapper {

    private RequestSession session;

    WithoutStoredSession(HttpServletRequest request) {
      super(request);
    }

    @Override
    public HttpSession getSession(boolean create) {
      if (session == null && create) {
        session = new RequestSession(getServletContext());
      }
      return session == null || session.invalidated ? null : session;
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public String changeSessionId() {
      if (session == null) {
        throw new IllegalStateException("No session");
      }
      session.id = UUID.randomUUID().toString();
      return session.id;
    }
  }

  /** A session that ends with its request: no cookie, no row. */
  static final class RequestSession implements HttpSession {

    private final ServletContext context;
    private final long created = System.currentTimeMillis();
    private final Map<String, Object> attributes = Collections.synchronizedMap(new HashMap<>());
    private String id = UUID.randomUUID().toString();
    private int maxInactiveInterval = 1800;
    private boolean invalidated;

    RequestSession(ServletContext context) {
      this.context = context;
    }

    @Override
    public long getCreationTime() {
      return created;
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public long getLastAccessedTime() {
      return created;
    }

    @Override
    public ServletContext getServletContext() {
      return context;
    }

    @Override
    public void setMaxInactiveInterval(int interval) {
      maxInactiveInterval = interval;
    }

    @Override
    public int getMaxInactiveInterval() {
      return maxInactiveInterval;
    }

    @Override
    public Object getAttribute(String name) {
      return attributes.get(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
      synchronized (attributes) {
        return Collections.enumeration(Set.copyOf(attributes.keySet()));
      }
    }

    @Override
    public void setAttribute(String name, Object value) {
      if (value == null) {
        attributes.remove(name);
      } else {
        attributes.put(name, value);
      }
    }

    @Override
    public void removeAttribute(String name) {
      attributes.remove(name);
    }

    @Override
    public void invalidate() {
      invalidated = true;
      attributes.clear();
    }

    @Override
    public boolean isNew() {
      return true;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    /** Right after Spring Session's filter, so that it sees whether the request has a stored session. */
    @Bean
    FilterRegistrationBean<AnonymousPageSessions> anonymousPageSessions() {
      var registration = new FilterRegistrationBean<>(new AnonymousPageSessions());
      registration.setName("casedesk-anonymous-page-sessions");
      registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
      return registration;
    }
  }
}

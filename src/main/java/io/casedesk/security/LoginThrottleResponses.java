package io.casedesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells a throttled client ({@link LoginThrottle}) why its login is refused and for how long: 429 Too Many Requests
 * with {@code Retry-After} (seconds), at both doors. The identity service refuses the password all the same
 * ({@link ThrottledIdentityProvider}); these only give the answer its words.
 *
 * <ul>
 *   <li>HTTP basic (engine REST, API, reports, actuator): an RFC 9457 problem.</li>
 *   <li>The webapps' login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}): a body like the
 *   webapps' own errors, whose {@code message} the login page shows under "Login Failed".</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class LoginThrottleResponses {

  /** The webapps' login (their application path is {@code /camunda}). */
  static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

  /** The entry point of HTTP basic: 429 for a throttled address, else what {@code otherwise} answers. */
  static AuthenticationEntryPoint throttledOr(AuthenticationEntryPoint otherwise) {
    return (request, response, problem) -> {
      if (problem instanceof LoginThrottledException throttled) {
        write(response, throttled.retryAfter(), MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\""
                + throttled.getMessage() + "\"}");
      } else {
        otherwise.commence(request, response, problem);
      }
    };
  }

  private static void write(HttpServletResponse response, Duration wait, String contentType, String body)
      throws IOException {
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(LoginThrottle.seconds(wait)));
    response.setContentType(contentType);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }

  /**
   * Makes the request's client known to the password checks of the identity service, for every request and before
   * any authentication (Spring's RequestContextHolder is set only after Spring Security, for the webapps' servlets).
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> clientOfRequest() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        LoginThrottle.asClientOf(request, () -> chain.doFilter(request, response));
      }
    });
    registration.setName("casedesk-login-client");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappLogin> webappLoginThrottle(LoginThrottle throttle) {
    var registration = new FilterRegistrationBean<>(new WebappLogin(throttle));
    registration.setName("casedesk-webapp-login-throttle");
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    return registration;
  }

  /**
   * Answers a throttled login of the webapps with 429 before Camunda's login resource does (with a bare 401).
   */
  static final class WebappLogin extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    WebappLogin(LoginThrottle throttle) {
      this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return !"POST".equals(request.getMethod()) || !WEBAPP_LOGIN.matcher(path).matches()
          || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      // the form's parameters, as Camunda's login resource reads them (UnusableCharacters has parsed them already)
      Optional<Duration> wait = Optional.ofNullable(request.getParameter("username"))
          .flatMap(user -> throttle.waitFor(LoginThrottle.clientAddress(request), user));
      if (wait.isPresent()) {
        write(response, wait.get(), MediaType.APPLICATION_JSON_VALUE,
            "{\"type\":\"LoginThrottled\",\"message\":\"" + LoginThrottle.message(wait.get()) + "\"}");
        return;
      }
      chain.doFilter(request, response);
    }

    private static MediaType contentType(HttpServletRequest request) {
      try {
        return request.getContentType() == null ? MediaType.ALL : MediaType.parseMediaType(request.getContentType());
      } catch (RuntimeException e) {
        return MediaType.ALL;
      }
    }
  }
}

package io.casedesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.casedesk.web.ApiLanguage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The customer portal's session login ({@code /portal/}): a form POST of user name and password to
 * {@link #LOGIN}, checked by the Camunda identity service as every other login (and throttled the same way,
 * {@link LoginThrottle}), for users of the {@code customers} group only. The session (Spring Session, in the
 * database) then holds the login and a CSRF token that every change must send in {@link #CSRF_HEADER}, on the
 * portal's own endpoints and on the Casedesk API alike ({@link PortalSessionAuthenticationFilter}).
 */
public final class PortalLogin {

  public static final String LOGIN = "/portal/api/login";
  public static final String LOGOUT = "/portal/api/logout";
  /** The same header name as the webapps' token, so a page sends one header whichever login it has. */
  public static final String CSRF_HEADER = "X-XSRF-TOKEN";
  static final String CSRF_SESSION_ATTRIBUTE = PortalLogin.class.getName() + ".CSRF_TOKEN";

  private PortalLogin() {}

  /** Where the portal's CSRF token lives: in the session, under a name of its own (not the webapps'). */
  public static CsrfTokenRepository csrfTokens() {
    var repository = new HttpSessionCsrfTokenRepository();
    repository.setHeaderName(CSRF_HEADER);
    repository.setSessionAttributeName(CSRF_SESSION_ATTRIBUTE);
    return repository;
  }

  /** The identity service's password check, for customers only. */
  static AuthenticationProvider customersOnly(CamundaIdentityAuthenticationProvider identity) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        Authentication signedIn = identity.authenticate(authentication);
        if (!CurrentUser.of(signedIn).isCustomer()) {
          throw new DisabledException("The portal is for customers' accounts. The desk's staff work in Tasklist.");
        }
        return signedIn;
      }

      @Override
      public boolean supports(Class<?> type) {
        return identity.supports(type);
      }
    };
  }

  static AuthenticationSuccessHandler signedIn() {
    return (request, response, authentication) -> write(response, HttpStatus.OK, MediaType.APPLICATION_JSON_VALUE,
        "{\"userId\":\"" + json(authentication.getName()) + "\"}");
  }

  /**
   * 401 for a wrong password, 403 for a user who is not a customer, 429 (Retry-After) while the address waits; in the
   * language the login asks for (Accept-Language, {@link ApiLanguage}).
   */
  static AuthenticationFailureHandler refused(MessageSource messages) {
    return (request, response, problem) -> {
      Locale locale = ApiLanguage.of(request);
      if (problem instanceof LoginThrottledException throttled) {
        long seconds = LoginThrottle.seconds(throttled.retryAfter());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        String wait = seconds < 120 ? messages.getMessage("login.throttled.seconds",
            new Object[] {String.valueOf(seconds)}, throttled.getMessage(), locale)
            : messages.getMessage("login.throttled.minutes", new Object[] {String.valueOf((seconds + 59) / 60)},
                throttled.getMessage(), locale);
        problem(response, HttpStatus.TOO_MANY_REQUESTS, messages.getMessage("problem.title.429", null,
            HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase(), locale), wait);
      } else if (problem instanceof DisabledException notCustomer) {
        problem(response, HttpStatus.FORBIDDEN, messages.getMessage("problem.title.403", null,
            HttpStatus.FORBIDDEN.getReasonPhrase(), locale),
            messages.getMessage("login.notCustomer", null, notCustomer.getMessage(), locale));
      } else {
        problem(response, HttpStatus.UNAUTHORIZED, messages.getMessage("problem.title.401", null,
            HttpStatus.UNAUTHORIZED.getReasonPhrase(), locale),
            messages.getMessage("login.wrong", null, "Wrong user name or password.", locale));
      }
    };
  }

  /** 403 for a change without the session's token or after the session ended, in the request's language. */
  static AccessDeniedHandler outOfDate(MessageSource messages) {
    return (request, response, denied) -> {
      Locale locale = ApiLanguage.of(request);
      problem(response, HttpStatus.FORBIDDEN, messages.getMessage("problem.title.403", null,
          HttpStatus.FORBIDDEN.getReasonPhrase(), locale), messages.getMessage("login.outOfDate", null,
          "Your session has ended or the page is out of date; reload the page and log in again.", locale));
    };
  }

  static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    problem(response, status, status.getReasonPhrase(), detail);
  }

  static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    write(response, status, MediaType.APPLICATION_PROBLEM_JSON_VALUE, "{\"type\":\"about:blank\",\"title\":\""
        + json(title) + "\",\"status\":" + status.value() + ",\"detail\":\"" + json(detail) + "\"}");
  }

  static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ignored)
      throws IOException {
    problem(response, HttpStatus.UNAUTHORIZED, "Log in with the user name and password of your Casedesk account.");
  }

  private static void write(HttpServletResponse response, HttpStatus status, String contentType, String body)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(contentType);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}

package io.casedesk.security;

import java.util.LinkedHashMap;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.context.MessageSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Who may call what over HTTP.
 *
 * <p>The Camunda webapps (Cockpit, Tasklist, Admin) keep their own session login and CSRF protection, so
 * Spring Security stays out of {@code /camunda/**}. Everything else needs HTTP basic credentials checked
 * against the Camunda identity service; pages inside the webapps may call {@code /api} and {@code /reports} with the
 * webapps' session instead ({@link WebappSessionAuthenticationFilter}), and the customer portal's pages with the
 * portal's session ({@link PortalLogin}, {@link PortalSessionAuthenticationFilter}). For the engine REST, Camunda's
 * own filter then takes the authenticated principal and sets it on the engine, so that engine authorizations apply to every call.
 *
 * <p>Which group may use which endpoint of the Casedesk API is declared on the controllers with
 * {@code @PreAuthorize} on the authorities {@code GROUP_<group id>}.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
    return http
        // matched on the whole path: the webapps' REST (/camunda/api/*) is another servlet than Spring MVC's, and
        // string patterns went to Spring MVC's matcher, so the Tasklist login POST fell to the API chain's CSRF check
        .securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/")))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .requestCache(cache -> cache.disable())
        .build();
  }

  /**
   * The customer portal ({@link PortalLogin}): its pages are public files; its own endpoints ({@code /portal/api/**})
   * need the portal's session login, and a change needs the session's CSRF token, the login itself included (a token
   * from {@code GET /portal/api/csrf}), so that no other site can log a browser in or out.
   */
  @Bean
  @Order(2)
  SecurityFilterChain portal(HttpSecurity http, CamundaIdentityAuthenticationProvider identityProvider,
      MessageSource messageSource) throws Exception {
    var paths = PathPatternRequestMatcher.withDefaults();
    return http
        .securityMatcher(new OrRequestMatcher(paths.matcher("/portal"), paths.matcher("/portal/**")))
        .authenticationManager(new ProviderManager(PortalLogin.customersOnly(identityProvider)))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(paths.matcher(HttpMethod.GET, "/portal/api/csrf")).permitAll()
            .requestMatchers(paths.matcher("/portal/api/**")).hasAuthority(
                CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + CasedeskGroups.CUSTOMERS)
            .anyRequest().permitAll())
        .formLogin(form -> form.loginPage("/portal/").loginProcessingUrl(PortalLogin.LOGIN)
            .successHandler(PortalLogin.signedIn()).failureHandler(PortalLogin.refused(messageSource)).permitAll())
        .logout(logout -> logout.logoutRequestMatcher(paths.matcher(HttpMethod.POST, PortalLogin.LOGOUT))
            .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
        .csrf(csrf -> csrf.csrfTokenRepository(PortalLogin.csrfTokens())
            .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(PortalLogin::unauthorized)
            .accessDeniedHandler(PortalLogin.outOfDate(messageSource)))
        .requestCache(cache -> cache.disable())
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
            "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
                + "form-action 'self'")))
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain api(HttpSecurity http, CamundaIdentityAuthenticationProvider identityProvider,
      ProcessEngine engine) throws Exception {
    var webappSession = new WebappSessionAuthenticationFilter(new OrRequestMatcher(
        PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
        PathPatternRequestMatcher.withDefaults().matcher("/reports/**")), engine, identityProvider);
    var portalSession = new PortalSessionAuthenticationFilter(
        PathPatternRequestMatcher.withDefaults().matcher("/api/**"), identityProvider);
    return http
        .authenticationProvider(identityProvider)
        .addFilterBefore(webappSession, BasicAuthenticationFilter.class)
        .addFilterAfter(portalSession, WebappSessionAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
            // metrics name customers' activity and the desk's backlog: administrators and monitoring systems only
            .requestMatchers("/actuator/prometheus").hasAnyAuthority(
                CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + CasedeskGroups.ADMINS,
                CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + CasedeskGroups.MONITORING)
            // health events open cases on any customer's system: refused before the body is read to everyone else
            .requestMatchers("/api/health-events/**").hasAnyAuthority(
                CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + CasedeskGroups.ADMINS,
                CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX + CasedeskGroups.ALERTING)
            // ... and an alerting system's technical user (of that group alone) calls nothing else of the API
            .requestMatchers("/api/**").access(AuthorizationManagers.allOf(
                AuthenticatedAuthorizationManager.authenticated(), SecurityConfiguration::notAlertingAlone))
            .requestMatchers("/error").permitAll()
            // the report page's own files hold no figures: it loads them from /api/reports and, without a login,
            // shows its own login form, so the browser must not ask for basic credentials to show the page
            .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/reports"),
                PathPatternRequestMatcher.withDefaults().matcher("/reports/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/webjars/chart.js/**")).permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
        // no session fixation protection here: it gave the webapps' session a new id on every API call made with it
        // (the session filter's user counts as a fresh login), so Tasklist's own requests still under way with the
        // old id got 401 and logged the agent out. Nobody logs in on this chain; the webapps' login protects itself.
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**"))
        .build();
  }

  /**
   * Without (valid) credentials: a page's script (X-Requested-With: XMLHttpRequest) gets a bare 401 and shows its
   * own login form, as the report page does; a challenge would make the browser ask for basic credentials on top.
   * Everyone else (curl, a browser opening an /api URL, Camunda Modeler) is asked for basic credentials. An address
   * that failed too often as that user gets 429 with Retry-After ({@link LoginThrottle}), whoever asks.
   */
  private static AuthenticationEntryPoint unauthorized() {
    var byClient = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
    byClient.put(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"),
        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
    var entryPoint = new DelegatingAuthenticationEntryPoint(byClient);
    entryPoint.setDefaultEntryPoint(SecurityConfiguration::challenge);
    return LoginThrottleResponses.throttledOr(entryPoint);
  }

  /**
   * The basic challenge, written here rather than with {@code sendError} (as Spring's
   * {@code BasicAuthenticationEntryPoint} does): an error dispatch sends the request on to {@code /error} in Spring
   * MVC, which parses a multipart body, and the engine REST's servlet has no multipart configuration, so Camunda
   * Modeler's {@code POST /engine-rest/deployment/create} with wrong or missing credentials got a 500 ("Camunda is
   * reporting an error") instead of a 401 that makes Modeler ask for credentials.
   */
  private static void challenge(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException problem) throws IOException {
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Realm\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
        + "\"detail\":\"Log in with the user name and password of your Casedesk account.\"}");
  }

  /** Refuses a user whose only group is {@code alerting}: it may post health events and nothing else. */
  private static AuthorizationDecision notAlertingAlone(Supplier<Authentication> authentication,
      RequestAuthorizationContext request) {
    return new AuthorizationDecision(
        !CurrentUser.of(authentication.get()).groups().equals(Set.of(CasedeskGroups.ALERTING)));
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-engine-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        ContainerBasedAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}

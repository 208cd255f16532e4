package io.casedesk.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP basic credentials against the Camunda identity service, so that Tasklist, the engine REST and
 * the domain API share one set of users and groups. Each group becomes the authority {@code GROUP_<id>}. Failed
 * passwords are throttled per client address and user ({@link LoginThrottle}).
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  public static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

  private final IdentityService identityService;
  private final LoginThrottle throttle;

  public CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    // the identity service refuses the password anyway while the address waits; this says why (429, Retry-After).
    // Not when this request's password was just refused: Spring Security asks again (its parent manager), and the
    // wrong password that starts the wait is answered 401 like the ones before it
    LoginThrottle.currentClient().filter(client -> !client.failedAs(userId))
        .flatMap(client -> throttle.waitFor(client.address(), userId)).ifPresent(wait -> {
          throw new LoginThrottledException(wait);
        });
    if (userId == null || credentials == null || !identityService.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("Bad credentials");
    }
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authoritiesOf(userId));
  }

  /** The user's groups as they are now, each as the authority {@code GROUP_<id>}. */
  public List<GrantedAuthority> authoritiesOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .<GrantedAuthority>map(id -> new SimpleGrantedAuthority(GROUP_AUTHORITY_PREFIX + id))
        .toList();
  }

  /** Whether the identity service still knows the user (a session may outlive its user). */
  public boolean exists(String userId) {
    return identityService.createUserQuery().userId(userId).count() == 1;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}

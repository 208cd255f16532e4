package io.casedesk.mail;

import io.casedesk.security.DemoUsers;
import io.casedesk.security.IdentityBootstrap;
import io.casedesk.security.UserSeed;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile: every demo user gets the address {@code <user>@casedesk.example} (unless it has one), so
 * assignments and escalations reach them as e-mail, e.g. in a mail catcher.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE)
public class DemoUserEmails implements UserSeed {

  public static final String DOMAIN = "casedesk.example";

  private final IdentityService identityService;

  public DemoUserEmails(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void seed(IdentityBootstrap identity) {
    for (String userId : DemoUsers.USERS.keySet()) {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      if (user != null && (user.getEmail() == null || user.getEmail().isBlank())) {
        user.setEmail(userId + "@" + DOMAIN);
        identityService.saveUser(user);
      }
    }
  }
}

package io.casedesk.mail;

import io.casedesk.security.DemoUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile: every demo user gets the address {@code <user>@casedesk.example} (unless it has one), so
 * assignments and escalations reach them as e-mail, e.g. in a mail catcher. Runs once the demo users exist.
 */
@Component
@Profile("demo")
public class DemoUserEmails {

  public static final String DOMAIN = "casedesk.example";

  private final IdentityService identityService;

  public DemoUserEmails(IdentityService identityService) {
    this.identityService = identityService;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void giveDemoUsersAddresses() {
    for (String userId : DemoUsers.USERS.keySet()) {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      if (user != null && (user.getEmail() == null || user.getEmail().isBlank())) {
        user.setEmail(userId + "@" + DOMAIN);
        identityService.saveUser(user);
      }
    }
  }
}

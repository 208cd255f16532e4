package io.casedesk.notification;

import io.casedesk.notification.Notification.RecipientType;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The e-mail addresses behind a notification's recipient: a customer's address, a user's, a group's members'. */
@Component
public class Recipients {

  /** The recipient has no e-mail address: retrying will not help, an operator must. */
  public static class NoAddressException extends RuntimeException {
    NoAddressException(String message) {
      super(message);
    }
  }

  private final IdentityService identityService;

  public Recipients(IdentityService identityService) {
    this.identityService = identityService;
  }

  public List<String> addresses(RecipientType type, String recipient) {
    return switch (type) {
      case CUSTOMER -> List.of(recipient);
      case USER -> {
        User user = identityService.createUserQuery().userId(recipient).singleResult();
        if (user == null || blank(user.getEmail())) {
          throw new NoAddressException("User " + recipient + (user == null ? " does not exist" : " has no e-mail address"));
        }
        yield List.of(user.getEmail());
      }
      case GROUP -> {
        List<String> members = identityService.createUserQuery().memberOfGroup(recipient).list().stream()
            .map(User::getEmail).filter(email -> !blank(email)).distinct().sorted().toList();
        if (members.isEmpty()) {
          throw new NoAddressException("No member of group " + recipient + " has an e-mail address");
        }
        yield members;
      }
    };
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

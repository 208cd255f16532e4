package io.casedesk.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Who may work what, asked inside an engine command (a listener, a form rule) of the identity service Casedesk
 * uses, whatever the signed-in user may read of it: whether a user exists and belongs to a group.
 */
public final class EngineUsers {

  private EngineUsers() {}

  /**
   * Why {@code userId} may not work something offered to these candidates, as a sentence naming the user; empty
   * when they exist and are one of the candidate users or a member of one of the candidate groups. Without any
   * candidates (a task the diagram gives to one person, such as a manager's hand-off notes) any existing user may.
   */
  public static Optional<String> whyNot(String userId, Collection<String> candidateUsers,
      Collection<String> candidateGroups) {
    CommandContext commandContext = Context.getCommandContext();
    return commandContext.runWithoutAuthorization(() -> {
      var identity = commandContext.getReadOnlyIdentityProvider();
      if (identity.findUserById(userId) == null) {
        return Optional.of("there is no user " + userId);
      }
      if (candidateUsers.contains(userId) || (candidateUsers.isEmpty() && candidateGroups.isEmpty())) {
        return Optional.empty();
      }
      for (String group : candidateGroups) {
        if (identity.createUserQuery(commandContext).userId(userId).memberOfGroup(group).count() > 0) {
          return Optional.empty();
        }
      }
      List<String> allowed = new ArrayList<>();
      if (!candidateGroups.isEmpty()) {
        allowed.add((candidateGroups.size() == 1 ? "a member of group " : "a member of one of the groups ")
            + String.join(", ", candidateGroups));
      }
      if (!candidateUsers.isEmpty()) {
        allowed.add("one of " + String.join(", ", candidateUsers));
      }
      return Optional.of(userId + " is not " + String.join(" nor ", allowed));
    });
  }
}

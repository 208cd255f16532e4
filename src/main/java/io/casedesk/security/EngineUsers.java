package io.casedesk.security;

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
   * when they exist and are one of the candidate users or a member of one of the candidate groups.
   */
  public static Optional<String> whyNot(String userId, Collection<String> candidateUsers,
      Collection<String> candidateGroups) {
    CommandContext commandContext = Context.getCommandContext();
    return commandContext.runWithoutAuthorization(() -> {
      var identity = commandContext.getReadOnlyIdentityProvider();
      if (identity.findUserById(userId) == null) {
        return Optional.of("there is no user " + userId);
      }
      if (candidateUsers.contains(userId)) {
        return Optional.empty();
      }
      for (String group : candidateGroups) {
        if (identity.createUserQuery(commandContext).userId(userId).memberOfGroup(group).count() > 0) {
          return Optional.empty();
        }
      }
      return Optional.of(userId + " is not " + (candidateGroups.isEmpty() ? "among its candidates"
          : "a member of " + (candidateGroups.size() == 1 ? "group " + candidateGroups.iterator().next()
              : "any of the groups " + String.join(", ", List.copyOf(candidateGroups))))
          + (candidateUsers.isEmpty() ? "" : " nor one of " + String.join(", ", List.copyOf(candidateUsers))));
    });
  }
}

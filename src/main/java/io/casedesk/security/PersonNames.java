package io.casedesk.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * How a person appears to a customer: by the name of their user in the identity service ("Demo engineer"), or,
 * when the user has no name, by their role ("Engineer"). User ids are for staff and auditors; customers never see
 * them. Names are looked up when a customer reads, so the timeline and the audit chain keep the ids.
 *
 * <p>Looked up without authorization checks: a customer may not read other users in the identity service, but may
 * read the name of the engineer working their case.
 */
@Component
public class PersonNames {

  /** A staff member whose user is gone (or who was never a user): no id, no guess. */
  public static final String STAFF = "Support staff";

  /** Roles, most telling first, for users without a name. */
  private static final List<Map.Entry<String, String>> ROLES = List.of(
      Map.entry(CasedeskGroups.MANAGERS, "Manager"),
      Map.entry(CasedeskGroups.SUPERVISORS, "Supervisor"),
      Map.entry(CasedeskGroups.ENGINEERS, "Engineer"),
      Map.entry(CasedeskGroups.HOTLINE, "Hotline"),
      Map.entry(CasedeskGroups.RMA_DESK, "RMA desk"),
      Map.entry(CasedeskGroups.SALES, "Sales"),
      Map.entry(CasedeskGroups.CUSTOMERS, "Customer"),
      Map.entry(CasedeskGroups.ADMINS, STAFF));

  private final ProcessEngineConfigurationImpl configuration;

  public PersonNames(ProcessEngine engine) {
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** A lookup that asks the identity service once per id: one per view that names many people. */
  public Lookup lookup() {
    return new Lookup();
  }

  /** Remembers the names it found. Not thread-safe: one per request. */
  public final class Lookup {

    private final Map<String, Person> people = new HashMap<>();

    private Lookup() {}

    /**
     * What a customer reads for an actor of the timeline: the person's name or role; an e-mail address (a
     * customer who wrote in) and {@code system} stay as they are; anything else, a user no longer there, reads
     * {@link #STAFF}.
     */
    public String actor(String actor) {
      if (actor == null || "system".equals(actor) || actor.contains("@")) {
        return actor;
      }
      Person person = person(actor);
      return person == null ? STAFF : person.name();
    }

    /** The user's name or role; null when {@code userId} names no user (free text such as "Field team"). */
    public String userName(String userId) {
      if (userId == null || userId.isBlank()) {
        return null;
      }
      Person person = person(userId.strip());
      return person == null ? null : person.name();
    }

    /** A user's name or role, else the text as it is: for fields that hold either (an action plan's owner). */
    public String nameOrText(String text) {
      String name = userName(text);
      return name != null ? name : text;
    }

    private Person person(String userId) {
      return people.computeIfAbsent(userId, id -> find(id));
    }
  }

  private record Person(String name) {}

  private Person find(String userId) {
    return configuration.getCommandExecutorTxRequired().execute((CommandContext context) -> {
      boolean checking = context.isAuthorizationCheckEnabled();
      context.disableAuthorizationCheck();
      try {
        ReadOnlyIdentityProvider identity = context.getReadOnlyIdentityProvider();
        User user = identity.findUserById(userId);
        if (user == null) {
          return null;
        }
        String name = join(user.getFirstName(), user.getLastName());
        if (name != null) {
          return new Person(name);
        }
        List<String> groups = identity.createGroupQuery(context).groupMember(userId).list().stream()
            .map(Group::getId).toList();
        return new Person(ROLES.stream().filter(r -> groups.contains(r.getKey())).map(Map.Entry::getValue)
            .findFirst().orElse(STAFF));
      } finally {
        if (checking) {
          context.enableAuthorizationCheck();
        }
      }
    });
  }

  private static String join(String first, String last) {
    String name = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
    return name.isEmpty() ? null : name;
  }
}

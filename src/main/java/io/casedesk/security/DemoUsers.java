package io.casedesk.security;

import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * One user per group, all with the password {@code demo}, so Tasklist and Cockpit can be tried at once.
 * Only in the {@code demo} profile; README lists them.
 */
@Component
@Profile("demo")
public class DemoUsers implements UserSeed {

  public static final String PASSWORD = "demo";

  /** user id -> group id */
  public static final Map<String, String> USERS = Map.of(
      "hotline1", CasedeskGroups.HOTLINE,
      "engineer1", CasedeskGroups.ENGINEERS,
      "supervisor1", CasedeskGroups.SUPERVISORS,
      "manager1", CasedeskGroups.MANAGERS,
      "rmadesk1", CasedeskGroups.RMA_DESK,
      "auditor1", CasedeskGroups.AUDITORS,
      "customer1", CasedeskGroups.CUSTOMERS,
      "analyst1", CasedeskGroups.ANALYSTS,
      "sales1", CasedeskGroups.SALES,
      "monitor1", CasedeskGroups.MONITORING);

  @Override
  public void seed(IdentityBootstrap identity) {
    USERS.forEach((userId, groupId) ->
        identity.ensureUser(userId, "Demo", userId.replaceAll("\\d", ""), PASSWORD, Set.of(groupId)));
  }
}

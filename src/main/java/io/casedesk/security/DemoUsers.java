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
  public static final Map<String, String> USERS = Map.ofEntries(
      Map.entry("hotline1", CasedeskGroups.HOTLINE),
      Map.entry("engineer1", CasedeskGroups.ENGINEERS),
      Map.entry("supervisor1", CasedeskGroups.SUPERVISORS),
      Map.entry("manager1", CasedeskGroups.MANAGERS),
      Map.entry("rmadesk1", CasedeskGroups.RMA_DESK),
      Map.entry("auditor1", CasedeskGroups.AUDITORS),
      Map.entry("customer1", CasedeskGroups.CUSTOMERS),
      Map.entry("analyst1", CasedeskGroups.ANALYSTS),
      Map.entry("sales1", CasedeskGroups.SALES),
      Map.entry("monitor1", CasedeskGroups.MONITORING),
      Map.entry("alertmanager1", CasedeskGroups.ALERTING),
      // the expert group reviews every change plan: at least two experts each
      Map.entry("expert1", CasedeskGroups.EXPERTS),
      Map.entry("expert2", CasedeskGroups.EXPERTS),
      Map.entry("expert3", CasedeskGroups.EXPERTS));

  @Override
  public void seed(IdentityBootstrap identity) {
    USERS.forEach((userId, groupId) ->
        identity.ensureUser(userId, "Demo", userId.replaceAll("\\d", ""), PASSWORD, Set.of(groupId)));
  }
}

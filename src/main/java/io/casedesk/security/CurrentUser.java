package io.casedesk.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in user of an API call and the Casedesk groups they belong to. */
public record CurrentUser(String userId, Set<String> groups) {

  public static CurrentUser of(Authentication authentication) {
    Set<String> groups = authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX))
        .map(a -> a.substring(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX.length()))
        .collect(Collectors.toUnmodifiableSet());
    return new CurrentUser(authentication.getName(), groups);
  }

  public boolean isAdmin() {
    return groups.contains(CasedeskGroups.ADMINS);
  }

  public boolean isAgent() {
    return CasedeskGroups.AGENTS.stream().anyMatch(groups::contains);
  }

  public boolean isAuditor() {
    return groups.contains(CasedeskGroups.AUDITORS);
  }

  /** A customer user: sees and acts on their own company's cases only. */
  public boolean isCustomer() {
    return groups.contains(CasedeskGroups.CUSTOMERS) && !isAgent() && !isAdmin();
  }

  /** May read every case: staff and auditors ({@link CasedeskGroups#CASE_READERS}), who read every task too. */
  public boolean readsAllCases() {
    return isAdmin() || CasedeskGroups.CASE_READERS.stream().anyMatch(groups::contains);
  }

  /** May act on cases (open, write, escalate, confirm): staff and customers, not auditors or analysts. */
  public boolean actsOnCases() {
    return isAdmin() || isAgent() || groups.contains(CasedeskGroups.CUSTOMERS);
  }
}

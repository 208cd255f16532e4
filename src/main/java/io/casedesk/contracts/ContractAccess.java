package io.casedesk.contracts;

import static io.casedesk.security.CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX;

import io.casedesk.security.CasedeskGroups;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may read and write contracts and customer accounts. Staff readers see every company; customers only their
 * own company (the controllers narrow that down), and only the groups in {@link #WRITE} change anything.
 */
final class ContractAccess {

  /** Groups that read every company's contracts. */
  static final List<String> STAFF_READERS = List.of(CasedeskGroups.ADMINS, CasedeskGroups.HOTLINE,
      CasedeskGroups.ENGINEERS, CasedeskGroups.SUPERVISORS, CasedeskGroups.MANAGERS, CasedeskGroups.RMA_DESK,
      CasedeskGroups.SALES, CasedeskGroups.AUDITORS);

  /** {@code @PreAuthorize}: staff readers and customers. */
  static final String READ = "hasAnyAuthority("
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.ADMINS + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.HOTLINE + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.ENGINEERS + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.SUPERVISORS + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.MANAGERS + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.RMA_DESK + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.SALES + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.AUDITORS + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.CUSTOMERS + "')";

  /** {@code @PreAuthorize}: administrators, managers and sales. */
  static final String WRITE = "hasAnyAuthority("
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.ADMINS + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.MANAGERS + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.SALES + "')";

  /** Whether the caller reads every company's data, rather than only their own company's as a customer. */
  static boolean isStaffReader(Authentication caller) {
    return caller != null && caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(authority -> authority.startsWith(GROUP_AUTHORITY_PREFIX)
            && STAFF_READERS.contains(authority.substring(GROUP_AUTHORITY_PREFIX.length())));
  }

  /** Companies are the same ignoring case and surrounding blanks, as in {@link ContractRepository}. */
  static boolean sameCompany(String a, String b) {
    return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
  }

  private ContractAccess() {}
}

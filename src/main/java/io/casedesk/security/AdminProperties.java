package io.casedesk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator account. The password comes from {@code CASEDESK_ADMIN_PASSWORD}; when it is not set and
 * the account does not exist yet, a random one is generated and logged once.
 */
@ConfigurationProperties(prefix = "casedesk.admin")
public record AdminProperties(String user, String password) {

  public AdminProperties {
    user = (user == null || user.isBlank()) ? "admin" : user;
  }

  boolean hasPassword() {
    return password != null && !password.isBlank();
  }
}

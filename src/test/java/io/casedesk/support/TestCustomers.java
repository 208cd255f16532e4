package io.casedesk.support;

import io.casedesk.contracts.CustomerAccounts;
import org.camunda.bpm.engine.IdentityService;

/** Customer users besides the demo ones, as the portal tests need them: a login in group customers, of a company. */
public final class TestCustomers {

  private TestCustomers() {}

  /** Saves the user (replacing one of the same id), makes it a customer and links it to the company. */
  public static void create(IdentityService identity, CustomerAccounts accounts, String userId, String firstName,
      String lastName, String email, String password, String company) {
    identity.deleteUser(userId);
    var user = identity.newUser(userId);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(userId, "customers");
    accounts.link(userId, company);
  }
}

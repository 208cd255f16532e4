package io.casedesk.security;

/** Users to create at start-up, after the groups exist. */
@FunctionalInterface
public interface UserSeed {

  void seed(IdentityBootstrap identity);
}

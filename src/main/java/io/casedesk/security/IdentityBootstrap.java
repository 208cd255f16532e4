package io.casedesk.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the groups, the administrator and the group permissions at start-up. Every step checks first, so a
 * restart or a second node starting against the same database changes nothing that is already there.
 */
@Component
public class IdentityBootstrap implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final AdminProperties admin;
  private final ObjectProvider<UserSeed> userSeeds;
  private final TaskAuthorizations taskAuthorizations;

  public IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
      AdminProperties admin, ObjectProvider<UserSeed> userSeeds, TaskAuthorizations taskAuthorizations) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.admin = admin;
    this.userSeeds = userSeeds;
    this.taskAuthorizations = taskAuthorizations;
  }

  @Override
  public void afterSingletonsInstantiated() {
    ensureGroup(CasedeskGroups.ADMINS, "Casedesk administrators", Groups.GROUP_TYPE_SYSTEM);
    for (String groupId : CasedeskGroups.ALL) {
      ensureGroup(groupId, displayName(groupId), Groups.GROUP_TYPE_WORKFLOW);
    }
    for (Resource resource : Resources.values()) {
      grant(CasedeskGroups.ADMINS, resource, "*", Permissions.ALL);
    }
    GroupPermissions.all().forEach(g -> grant(g.groupId(), g.resource(), g.resourceId(), g.permissions()));
    // only now that the readers read every task through the definitions
    taskAuthorizations.stripDefaultReads(CasedeskGroups.CASE_READERS);
    ensureAdmin();
    userSeeds.orderedStream().forEach(seed -> seed.seed(this));
  }

  /** Creates the user if missing and puts it in the given groups; an existing user keeps its password. */
  public void ensureUser(String userId, String firstName, String lastName, String password, Set<String> groups) {
    if (identityService.createUserQuery().userId(userId).singleResult() == null) {
      User user = identityService.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setPassword(password);
      identityService.saveUser(user);
    }
    for (String groupId : groups) {
      if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
        identityService.createMembership(userId, groupId);
      }
    }
  }

  private void ensureAdmin() {
    User existing = identityService.createUserQuery().userId(admin.user()).singleResult();
    if (existing == null) {
      String password = admin.hasPassword() ? admin.password() : generatePassword();
      ensureUser(admin.user(), "Casedesk", "Administrator", password, Set.of(CasedeskGroups.ADMINS));
      if (!admin.hasPassword()) {
        log.warn("""

            ************************************************************
            Created user '{}' with the generated password: {}
            It is shown only this once. Set CASEDESK_ADMIN_PASSWORD to choose your own.
            ************************************************************""", admin.user(), password);
      }
      return;
    }
    if (admin.hasPassword() && !identityService.checkPassword(admin.user(), admin.password())) {
      existing.setPassword(admin.password());
      identityService.saveUser(existing);
      log.info("Password of user '{}' set from CASEDESK_ADMIN_PASSWORD", admin.user());
    }
    ensureUser(admin.user(), null, null, null, Set.of(CasedeskGroups.ADMINS));
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (hasAll(authorization, permissions)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  private static boolean hasAll(Authorization authorization, Permission... permissions) {
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        return false;
      }
    }
    return true;
  }

  private static String displayName(String groupId) {
    String spaced = groupId.replace('-', ' ');
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  private static String generatePassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

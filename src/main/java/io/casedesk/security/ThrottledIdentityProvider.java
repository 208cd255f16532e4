package io.casedesk.security;

import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's database identity provider with its password check throttled per (client address, user)
 * ({@link LoginThrottle}) instead of per user. Camunda's own check locks a user for everyone after a wrong password
 * (3 s, growing to 60 s, {@code loginDelay*}; for good after {@code loginMaxAttempts}), so anyone could keep any
 * account, the administrator's included, locked without knowing a password. This check never reads nor writes the
 * engine's lock (attempts, lock expiration time of {@code ACT_ID_USER}).
 *
 * <p>Every password check goes through here: HTTP basic on the engine REST and the API
 * ({@link CamundaIdentityAuthenticationProvider}), the webapps' login form, {@code POST /engine-rest/identity/verify}.
 * A check made outside of an HTTP request (start-up) is not throttled.
 */
public class ThrottledIdentityProvider extends DbIdentityServiceProvider {

  private final LoginThrottle throttle;

  public ThrottledIdentityProvider(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    Optional<LoginThrottle.Client> client = LoginThrottle.currentClient();
    if (client.isPresent() && throttle.waitFor(client.get().address(), userId).isPresent()) {
      return false; // not even the right password, until the wait is over
    }
    UserEntity user = userId == null ? null : findUserById(userId);
    boolean right = user != null && password != null && matchPassword(password, user);
    client.ifPresent(c -> {
      if (right) {
        throttle.succeeded(c.address(), userId);
      } else if (c.firstFailureAs(userId)) {
        // Spring Security asks its parent authentication manager again after a failure: one request, one failure
        throttle.failed(c.address(), userId);
      }
    });
    return right;
  }

  /** Puts the provider into the engine in place of Camunda's. */
  @Component
  public static class Plugin extends AbstractProcessEnginePlugin {

    private final LoginThrottle throttle;

    public Plugin(LoginThrottle throttle) {
      this.throttle = throttle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      configuration.setIdentityProviderSessionFactory(new SessionFactory() {
        @Override
        public Class<?> getSessionType() {
          return ThrottledIdentityProvider.class;
        }

        @Override
        public Session openSession() {
          return new ThrottledIdentityProvider(throttle);
        }
      });
    }
  }
}

package io.casedesk.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import io.casedesk.security.DemoUsers;

/** REST clients for the test server, as one of the demo users or as nobody. */
public final class Http {

  private Http() {}

  public static TestRestTemplate as(TestRestTemplate anonymous, String userId) {
    return anonymous.withBasicAuth(userId, DemoUsers.PASSWORD);
  }
}

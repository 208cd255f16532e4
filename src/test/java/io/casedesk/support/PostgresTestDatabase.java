package io.casedesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the test context at a fresh PostgreSQL database, created once per test JVM.
 *
 * <p>PostgreSQL is found at {@code CASEDESK_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test})
 * as {@code CASEDESK_TEST_PG_USER} (default {@code postgres}). When it cannot be reached the tests fail with
 * that message: they never fall back to another database.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** Own database per checkout when several suites run on one machine: CASEDESK_TEST_PG_DATABASE. */
  static final String DATABASE = env("CASEDESK_TEST_PG_DATABASE", "casedesk_test");

  private static String testUrl;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test-database",
        Map.of("spring.datasource.url", url(),
            "spring.datasource.username", user(),
            "spring.datasource.password", "")));
  }

  static synchronized String url() {
    if (testUrl == null) {
      testUrl = recreate();
    }
    return testUrl;
  }

  private static String recreate() {
    return recreate(DATABASE);
  }

  /**
   * Drops and creates a database of its own for a test that starts servers in other processes, named after the
   * suite's database plus {@code suffix}; returns its JDBC URL.
   */
  public static String fresh(String suffix) {
    return recreate(DATABASE + "_" + suffix);
  }

  private static String recreate(String database) {
    String adminUrl = env("CASEDESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    try (Connection connection = DriverManager.getConnection(adminUrl, user(), "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("The tests need PostgreSQL at " + adminUrl + " as user " + user()
          + " (set CASEDESK_TEST_PG_URL / CASEDESK_TEST_PG_USER): " + e.getMessage(), e);
    }
    return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
  }

  public static String user() {
    return env("CASEDESK_TEST_PG_USER", "postgres");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

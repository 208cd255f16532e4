package io.casedesk.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time start up against a shared PostgreSQL database.
 *
 * <p>On an empty database Flyway and the engine create their tables, and at every start the nodes deploy the
 * diagrams and create groups, users, permissions and demo data only where missing. Camunda's schema creation is
 * not safe when two engines run it at the same moment (both find no tables, both create them), and "check, then
 * insert" races the same way. So the node takes a PostgreSQL advisory lock before Flyway migrates (or, without
 * Flyway, before the engine is built) and keeps it until the application is ready to take traffic (after the
 * ApplicationReadyEvent listeners, which seed data too); a second node starting at the same time waits, then
 * finds everything in place. The lock belongs to a connection: a node that dies while holding it releases it.
 * The embedded H2 database is single-node and needs no lock.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin
    implements FlywayMigrationStrategy, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

  /** Any number all nodes agree on: "casedesk" in ASCII. */
  static final long KEY = 0x636173656465736BL;

  private final DataSource dataSource;
  private Connection holder;

  public StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void migrate(Flyway flyway) {
    acquire();
    flyway.migrate();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  /** Published after every ApplicationReadyEvent listener has run: start-up work done there is covered too. */
  @EventListener
  public void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
    if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
      release();
    }
  }

  @Override
  public void destroy() {
    release();
  }

  synchronized void acquire() {
    if (holder != null) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      long waitingSince = System.nanoTime();
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
      }
      holder = connection;
      log.info("Start-up lock taken after {} ms", (System.nanoTime() - waitingSince) / 1_000_000);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the start-up lock in the database", e);
    }
  }

  synchronized void release() {
    if (holder == null) {
      return;
    }
    try (Connection connection = holder; Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
      log.info("Start-up lock released");
    } catch (SQLException e) {
      log.warn("Could not release the start-up lock; it goes with the connection", e);
    } finally {
      holder = null;
    }
  }
}

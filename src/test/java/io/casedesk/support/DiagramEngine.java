package io.casedesk.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * The engine the diagram tests share: Camunda on H2 in memory, built once per test JVM in about a second, without
 * Spring, the web server or PostgreSQL. It is set up like the server's engine where a diagram notices
 * (application.yaml: full history, timer cycles evaluated again when due, no job without a due date) and
 * differs where a test must be in charge: no job executor (tests execute due jobs themselves) and
 * {@link MockExpressionManager}, so {@code ${bean}} and {@code ${bean.method(...)}} reach what a test registered
 * with {@code Mocks.register} instead of Spring beans.
 */
final class DiagramEngine {

  private static ProcessEngine engine;

  private DiagramEngine() {}

  static synchronized ProcessEngine get() {
    if (engine == null) {
      engine = build();
    }
    return engine;
  }

  private static ProcessEngine build() {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("casedesk-diagrams");
    configuration.setJdbcUrl("jdbc:h2:mem:casedesk-diagrams;DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setReevaluateTimeCycleWhenDue(true);
    configuration.setEnsureJobDueDateNotNull(true);
    configuration.setDbMetricsReporterActivate(false);
    configuration.setCmmnEnabled(false); // no diagram uses CMMN: neither its tables nor its deployer
    configuration.setExpressionManager(new MockExpressionManager());
    ProcessEngine built = configuration.buildProcessEngine();
    // Out of Camunda's static registry: the Spring server tests of the same JVM (and camunda-bpm-assert, when not
    // told which engine) must find only the server's engine there.
    ProcessEngines.unregister(built);
    return built;
  }
}

package io.casedesk.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.process.ParsedOnceFeel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision table {@code health-event-priority} row by row on a plain DMN engine, with FEEL as the server evaluates
 * it, and the priority {@code case-priority} then gives the case: what an analyst reads in the table is what an
 * alert's case gets.
 */
class HealthEventPriorityTableTest {

  private static DmnEngine engine;
  private static DmnDecision healthEventPriority;
  private static DmnDecision casePriority;

  @BeforeAll
  static void parseTables() throws IOException {
    engine = ParsedOnceFeel.configure(
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration()).buildEngine();
    healthEventPriority = decision("health-event-priority.dmn", "health-event-priority");
    casePriority = decision("case-priority.dmn", "case-priority");
  }

  private static DmnDecision decision(String file, String key) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("processes", file))) {
      return engine.parseDecision(key, in);
    }
  }

  @ParameterizedTest(name = "severity ''{0}'' -> {1}/{2} -> {3}, downtime {4}")
  @CsvSource(emptyValue = "", value = {
      "critical, high, high, P1, true",
      "error, high, medium, P2, false",
      "warning, medium, medium, P3, false",
      "info, low, low, P4, false",
      // no severity label (HealthEventPriority passes the empty text) or one the table does not list
      "'', medium, medium, P3, false",
      "page, medium, medium, P3, false"})
  void severityGivesImpactUrgencyPriorityAndDowntime(String severity, String impact, String urgency,
      String priority, boolean downtime) {
    DmnDecisionResult result = engine.evaluateDecision(healthEventPriority, Map.of("severity", severity));
    assertThat(result).as("exactly one rule (hit policy UNIQUE)").hasSize(1);
    Map<String, Object> decided = result.getSingleResult().getEntryMap();
    assertThat(decided).containsEntry("impact", impact).containsEntry("urgency", urgency)
        .containsEntry("downtime", downtime);
    DmnDecisionResult prioritised = engine.evaluateDecision(casePriority,
        Map.of("impact", decided.get("impact"), "urgency", decided.get("urgency")));
    assertThat(prioritised.getSingleResult().<String>getEntry("priority")).isEqualTo(priority);
  }
}

package io.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casedesk.process.ParsedOnceFeel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluates the decision tables in {@code processes/} with a plain DMN engine (no Spring, no database), cell by
 * cell. A failure here means a table was changed: fix the table, or change the expectation on purpose.
 */
class DecisionTablesTest {

  private static DmnEngine engine;
  private static DmnDecision caseRouting;
  private static DmnDecision slaPolicy;

  @BeforeAll
  static void parseTables() throws IOException {
    engine = ParsedOnceFeel.configure( // FEEL as the server evaluates it
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration()).buildEngine();
    caseRouting = decision("case-routing.dmn", "case-routing");
    slaPolicy = decision("sla-policy.dmn", "sla-policy");
  }

  private static DmnDecision decision(String file, String key) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("processes", file))) {
      return engine.parseDecision(key, in);
    }
  }

  private static DmnDecisionResultEntries single(DmnDecision decision, Map<String, Object> variables) {
    DmnDecisionResult result = engine.evaluateDecision(decision, variables);
    assertThat(result).as("%s for %s", decision.getKey(), variables).hasSize(1);
    return result.getSingleResult();
  }

  private static Map<String, Object> vars(Object... keysAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return variables;
  }

  // --- case routing ---

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "general-question, general-questions",
      "compatibility, compatibility",
      "operational-problem, operational-problems",
      "hardware-fault, operational-problems",
      "something-new, general-questions",
  })
  void routesEachCategoryToItsQueue(String category, String queue) {
    DmnDecisionResultEntries result = single(caseRouting, vars("category", category, "product", "Router X200"));

    assertThat(result.entrySet()).hasSize(2);
    assertThat((String) result.getEntry("queue")).isEqualTo(queue);
    assertThat((String) result.getEntry("candidateGroup")).isEqualTo("engineers");
  }

  @Test
  void routesWithoutCategoryOrProductToTheCatchAllRow() {
    DmnDecisionResultEntries result = single(caseRouting, vars("category", null, "product", null));

    assertThat((String) result.getEntry("queue")).isEqualTo("general-questions");
    assertThat((String) result.getEntry("candidateGroup")).isEqualTo("engineers");
  }

  @Test
  void routesWhenTheProductVariableIsAbsent() {
    DmnDecisionResultEntries result = single(caseRouting, vars("category", "compatibility"));

    assertThat((String) result.getEntry("queue")).isEqualTo("compatibility");
  }

  // --- SLA targets ---

  static Stream<Arguments> slaTargetCells() {
    return Stream.of(
        Arguments.of("P1", "gold", "PT15M", "PT4H"),
        Arguments.of("P1", "silver", "PT30M", "PT8H"),
        Arguments.of("P1", "bronze", "PT1H", "PT24H"),
        Arguments.of("P2", "gold", "PT30M", "PT8H"),
        Arguments.of("P2", "silver", "PT1H", "PT24H"),
        Arguments.of("P2", "bronze", "PT2H", "P2D"),
        Arguments.of("P3", "gold", "PT2H", "P3D"),
        Arguments.of("P3", "silver", "PT4H", "P5D"),
        Arguments.of("P3", "bronze", "PT8H", "P10D"),
        Arguments.of("P4", "gold", "PT8H", "P10D"),
        Arguments.of("P4", "silver", "P1D", "P20D"),
        Arguments.of("P4", "bronze", "P2D", "P30D"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2} / {3}")
  @MethodSource("slaTargetCells")
  void slaTargetsGiveParseableDurations(String priority, String serviceLevel, String firstResponse,
      String resolution) {
    DmnDecisionResultEntries result = single(slaPolicy, vars("priority", priority, "serviceLevel", serviceLevel));

    assertThat(result).containsKeys("firstResponseWithin", "resolutionWithin");
    assertThat((String) result.getEntry("firstResponseWithin")).isEqualTo(firstResponse);
    assertThat((String) result.getEntry("resolutionWithin")).isEqualTo(resolution);
    Duration firstResponseWithin = Duration.parse(result.getEntry("firstResponseWithin"));
    Duration resolutionWithin = Duration.parse(result.getEntry("resolutionWithin"));
    assertThat(firstResponseWithin).isPositive().isLessThan(resolutionWithin);
  }

  @Test
  void slaTargetsHaveNoRowForAnUnknownPriority() {
    assertThat(engine.evaluateDecision(slaPolicy, vars("priority", "P5", "serviceLevel", "gold"))).isEmpty();
  }

  // --- escalation durations of the SLA policy ---

  @ParameterizedTest(name = "{0} {1} -> {2}, {3}, {4}")
  @CsvSource({
      "P1, gold, PT30M, PT1H, PT2H", "P1, silver, PT30M, PT1H, PT2H", "P1, bronze, PT30M, PT1H, PT2H",
      "P2, gold, PT1H, PT2H, PT4H", "P2, silver, PT1H, PT2H, PT4H", "P2, bronze, PT1H, PT2H, PT4H",
      "P3, gold, PT2H, PT4H, PT8H", "P3, silver, PT2H, PT4H, PT8H", "P3, bronze, PT2H, PT4H, PT8H",
  })
  void slaPolicyGivesThreeIncreasingEscalationDurations(String priority, String serviceLevel, String engineer,
      String supervisor, String manager) {
    DmnDecisionResultEntries result = single(slaPolicy, vars("priority", priority, "serviceLevel", serviceLevel));

    assertThat(result.entrySet()).hasSize(5);
    assertThat((String) result.getEntry("escalateToEngineerAfter")).isEqualTo(engineer);
    assertThat((String) result.getEntry("escalateToSupervisorAfter")).isEqualTo(supervisor);
    assertThat((String) result.getEntry("escalateToManagerAfter")).isEqualTo(manager);
    List<Duration> levels = Stream.of(engineer, supervisor, manager).map(Duration::parse).toList();
    assertThat(levels).isSorted().doesNotHaveDuplicates();
  }

  /**
   * The P4 rows leave their three escalation entries empty, and Camunda leaves an empty output entry out of the
   * result altogether: the row matches, its result holds no entries, and {@code get} gives null for each output.
   * {@code getEntry} is not null-safe for a missing output (it throws), so callers read these outputs with
   * {@code get} or {@code getEntryTyped} and treat null as "no escalation at this level".
   */
  @ParameterizedTest
  @ValueSource(strings = {"gold", "silver", "bronze"})
  void p4IsNotEscalatedAndEveryLevelIsNull(String serviceLevel) {
    DmnDecisionResultEntries result = single(slaPolicy, vars("priority", "P4", "serviceLevel", serviceLevel));

    assertThat(result).containsOnlyKeys("firstResponseWithin", "resolutionWithin");
    for (String output : List.of("escalateToEngineerAfter", "escalateToSupervisorAfter", "escalateToManagerAfter")) {
      assertThat(result.get(output)).as(output).isNull();
      assertThat((Object) result.getEntryTyped(output)).as(output).isNull();
      assertThatThrownBy(() -> result.getEntry(output)).isInstanceOf(NullPointerException.class);
    }
  }

  @Test
  void aFactNobodyGaveCountsAsNotMet() throws IOException {
    DmnDecision emergency = decision("emergency-criteria.dmn", "emergency-criteria");
    // the case API stores only the facts that are met; the table must read the others as not met
    assertThat(single(emergency, vars("priority", "P1")).<Boolean>getEntry("redFlag")).isFalse();
    DmnDecisionResultEntries met = single(emergency, vars("priority", "P1", "allProcessingLost", true));
    assertThat(met.<Boolean>getEntry("redFlag")).isTrue();
    assertThat(met.<String>getEntry("criterion")).isEqualTo("All processing lost");
    assertThat(single(emergency, vars("priority", "P2", "allProcessingLost", true)).<Boolean>getEntry("redFlag"))
        .isFalse();
  }
}

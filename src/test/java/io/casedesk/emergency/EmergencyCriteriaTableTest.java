package io.casedesk.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cases.CaseRequests;
import io.casedesk.process.ParsedOnceFeel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decision table {@code emergency-criteria}, evaluated with a plain DMN engine, row by row. */
class EmergencyCriteriaTableTest {

  private static DmnEngine engine;
  private static DmnDecision criteria;

  @BeforeAll
  static void parseTable() throws IOException {
    engine = ParsedOnceFeel.configure( // FEEL as the server evaluates it
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration()).buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes", "emergency-criteria.dmn"))) {
      criteria = engine.parseDecision("emergency-criteria", in);
    }
  }

  private static DmnDecisionResultEntries evaluate(String priority, Map<String, Object> facts) {
    Map<String, Object> variables = new HashMap<>(facts);
    variables.put("priority", priority);
    var result = engine.evaluateDecision(criteria, variables);
    assertThat(result).as("exactly one row for %s %s", priority, facts).hasSize(1);
    return result.getSingleResult();
  }

  private static Map<String, Object> noFacts() {
    return CaseRequests.EmergencyFacts.variablesOf(null);
  }

  private static Map<String, Object> fact(String name, Object value) {
    Map<String, Object> facts = new HashMap<>(noFacts());
    facts.put(name, value);
    return facts;
  }

  @ParameterizedTest(name = "P1 with {0} is a red flag: {1}")
  @CsvSource(delimiter = '|', value = {
      "allProcessingLost         | All processing lost",
      "networkSeverelyHit        | Network operation severely hit",
      "criticalCapabilityLost    | Loss of a critical safety or business capability",
      "emergencyServicesDown     | Emergency-service communications down",
      "billingDataLost           | Billing data lost",
      "maintenanceAccessLost     | No access for maintenance or loss of key alarms",
      "vipCustomer               | VIP customer affected",
      "mediaInvolved             | Media involved",
      "customerDeclaredEmergency | Customer declares it urgent"})
  void everyCriterionMakesAP1CaseARedFlag(String fact, String criterion) {
    var result = evaluate("P1", fact(fact, true));
    assertThat(result.<Boolean>getEntry("redFlag")).isTrue();
    assertThat(result.<String>getEntry("criterion")).isEqualTo(criterion);
  }

  @ParameterizedTest(name = "{0} with every criterion met is no red flag")
  @CsvSource({"P2", "P3", "P4"})
  void onlyP1QualifiesAutomatically(String priority) {
    Map<String, Object> all = new HashMap<>();
    noFacts().forEach((name, value) -> all.put(name, value instanceof Boolean ? true : 5000));
    assertThat(evaluate(priority, all).<Boolean>getEntry("redFlag")).isFalse();
  }

  @Test
  void aFaultBeyondTheSlaCountsFromOneHundredCircuitsOrUsers() {
    Map<String, Object> facts = fact("faultBeyondSla", true);
    facts.put("affectedUsers", 99);
    assertThat(evaluate("P1", facts).<Boolean>getEntry("redFlag")).isFalse();
    facts.put("affectedUsers", 100);
    assertThat(evaluate("P1", facts).<String>getEntry("criterion"))
        .isEqualTo("Fault beyond SLA affecting many circuits or users");
    assertThat(evaluate("P1", fact("affectedUsers", 100000)).<Boolean>getEntry("redFlag"))
        .as("many users within the SLA").isFalse();
  }

  @Test
  void theMostSeriousCriterionNamesTheRedFlag() {
    Map<String, Object> facts = fact("mediaInvolved", true);
    facts.put("allProcessingLost", true);
    assertThat(evaluate("P1", facts).<String>getEntry("criterion")).isEqualTo("All processing lost");
  }

  @Test
  void aP1CaseWithoutFactsIsNoRedFlag() {
    assertThat(evaluate("P1", noFacts()).<Boolean>getEntry("redFlag")).isFalse();
    assertThat(evaluate("P1", Map.of()).<Boolean>getEntry("redFlag"))
        .as("a case started without any facts (e.g. a follow-up case)").isFalse();
  }
}

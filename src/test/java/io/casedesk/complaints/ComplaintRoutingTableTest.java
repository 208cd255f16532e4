package io.casedesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.process.ParsedOnceFeel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * complaint-routing.dmn evaluated with a plain DMN engine, and the forms' class lists held against it. A failure
 * here means the table or a form was changed: change the other too, or the expectation on purpose.
 */
class ComplaintRoutingTableTest {

  static final Path TABLE = Path.of("processes", "complaint-routing.dmn");
  static final List<String> CLASSES =
      List.of("service-quality", "response-time", "engineer-conduct", "product-quality", "billing", "other");

  static DmnEngine engine;
  static DmnDecision routing;

  @BeforeAll
  static void parseTable() throws IOException {
    engine = ParsedOnceFeel.configure( // FEEL as the server evaluates it
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration()).buildEngine();
    try (InputStream in = Files.newInputStream(TABLE)) {
      routing = engine.parseDecision("complaint-routing", in);
    }
  }

  static DmnDecisionResultEntries route(String complaintClass) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("complaintClass", complaintClass);
    var result = engine.evaluateDecision(routing, variables);
    assertThat(result).as("rows matching %s", complaintClass).isNotEmpty();
    return result.getFirstResult();
  }

  @ParameterizedTest(name = "{0} -> {1} ({2}), head {3}, answer within {4}, management {5} later")
  @CsvSource({
      "service-quality,  Technical support, supervisors, managers, P3D, P2D",
      "response-time,    Technical support, supervisors, managers, P2D, P1D",
      "engineer-conduct, Technical support, supervisors, managers, P1D, P1D",
      "product-quality,  Product support,   engineers,   managers, P5D, P2D",
      "billing,          Accounts,          sales,       managers, P2D, P2D",
      "other,            Technical support, supervisors, managers, P3D, P2D",
  })
  void routesEachClassToItsDepartmentWithItsCommitment(String complaintClass, String department, String group,
      String head, String answerWithin, String managementAfter) {
    DmnDecisionResultEntries result = route(complaintClass);

    assertThat(result.entrySet()).hasSize(5);
    assertThat((String) result.getEntry("department")).isEqualTo(department);
    assertThat((String) result.getEntry("candidateGroup")).isEqualTo(group);
    assertThat((String) result.getEntry("headGroup")).isEqualTo(head);
    assertThat((String) result.getEntry("answerWithin")).isEqualTo(answerWithin);
    assertThat((String) result.getEntry("escalateToManagementAfter")).isEqualTo(managementAfter);
    assertThat(Duration.parse(result.getEntry("answerWithin"))).isPositive();
    assertThat(Duration.parse(result.getEntry("escalateToManagementAfter"))).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"weather", ""})
  void anUnknownClassFallsToTheLastRow(String complaintClass) {
    assertThat((String) route(complaintClass).getEntry("department")).isEqualTo("Technical support");
  }

  @Test
  void theTableListsTheClassesTheApiAccepts() {
    assertThat(ComplaintClasses.inputValues(Dmn.readModelFromFile(TABLE.toFile()))).isEqualTo(CLASSES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"complaint-intake.form", "complaint-classification.form"})
  void formsOfferExactlyTheClassesOfTheTable(String form) throws IOException {
    JsonNode schema = new ObjectMapper().readTree(Path.of("forms", form).toFile());
    JsonNode field = StreamSupport.stream(schema.path("components").spliterator(), false)
        .filter(c -> "complaintClass".equals(c.path("key").asText())).findFirst().orElseThrow();

    List<String> offered = field.path("values").findValuesAsText("value");
    assertThat(offered).isEqualTo(ComplaintClasses.inputValues(Dmn.readModelFromFile(TABLE.toFile())));
  }
}

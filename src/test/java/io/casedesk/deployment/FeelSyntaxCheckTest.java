package io.casedesk.deployment;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A table whose FEEL does not parse is refused at deployment, by anyone (issue 15, item 4): before, it deployed with
 * 200 and every case that reached it failed.
 */
class FeelSyntaxCheckTest extends DeploymentTestSupport {

  /** The P2 silver engineer's first response in sla-policy, as shipped. */
  private static final String P2_SILVER = "<outputEntry id=\"rule-sla-p2-silver-first-response\"><text>\"PT1H\"</text>";

  @Autowired FeelSyntaxCheck check;

  @Test
  void anOutputEntryWithoutItsClosingQuoteIsRefusedForAnAnalystAndForAnAdministrator() throws Exception {
    String table = shippedSlaPolicy();
    assertThat(table).contains(P2_SILVER);
    String broken = table.replace(P2_SILVER, P2_SILVER.replace("\"PT1H\"", "\"PT45M"));

    for (String user : List.of("analyst1", "admin")) {
      JsonNode body = refused(user, "sla-policy.dmn", broken, "rule-sla-p2-silver");
      assertThat(body.path("message").asText()).as(user).contains("decision 'sla-policy'", "rule 5",
          "output entry 'First response within'", "\"PT45M", "does not parse");
    }
  }

  @Test
  void anInputEntryThatDoesNotParseIsRefused() throws Exception {
    String broken = shippedSlaPolicy().replace("<inputEntry id=\"rule-sla-p2-silver-priority\"><text>\"P2\"</text>",
        "<inputEntry id=\"rule-sla-p2-silver-priority\"><text>&gt; 1,,</text>");
    JsonNode body = refused("analyst1", "sla-policy.dmn", broken, "rule-sla-p2-silver");
    assertThat(body.path("message").asText()).contains("input entry", "> 1,,", "does not parse");
  }

  @Test
  void aLiteralExpressionThatDoesNotParseIsRefused() throws Exception {
    String literal = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="literal" name="Literal" namespace="x">
          <decision id="literal-decision" name="Literal">
            <literalExpression id="literal-expression"><text>if x then</text></literalExpression>
          </decision>
        </definitions>
        """;
    JsonNode body = refused("admin", "literal.dmn", literal, "literal-expression");
    assertThat(body.path("message").asText()).contains("decision 'literal-decision'", "literal expression");
  }

  @Test
  void theShippedTableDeploysAndEveryShippedTableParses() throws Exception {
    ResponseEntity<String> response = ModelerDeploy.deploy(as(http, "analyst1"), "sla-policy.dmn", shippedSlaPolicy());
    String id = json.readTree(response.getBody()).path("id").asText();
    if (!id.isEmpty()) {
      deployed.add(id);
    }
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);

    try (var files = Files.list(Path.of("processes"))) {
      for (Path file : files.toList()) {
        assertThat(check.whyNot(file.getFileName().toString(), Files.readAllBytes(file))).as(file.toString()).isEmpty();
      }
    }
  }

  @Test
  void entriesInAnotherLanguageAreNotParsedAsFeel() {
    String juel = shippedSlaPolicy().replace(P2_SILVER,
        "<outputEntry id=\"rule-sla-p2-silver-first-response\" expressionLanguage=\"juel\"><text>${'PT1H'}</text>");
    assertThat(check.whyNot("sla-policy.dmn", juel.getBytes())).isEmpty();
  }

  private JsonNode refused(String user, String file, String content, String element) throws Exception {
    long deployments = repositoryService.createDeploymentQuery().count();
    long decisions = repositoryService.createDecisionDefinitionQuery().count();
    ResponseEntity<String> response = ModelerDeploy.deploy(as(http, user), file, content);
    if (response.getStatusCode().is2xxSuccessful()) {
      deployed.add(json.readTree(response.getBody()).path("id").asText());
    }
    assertThat(response.getStatusCode()).as(user + ": " + response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("message").asText()).as(user).contains(file, "'" + element + "'");
    assertThat(body.path("details").path(file).path("errors").get(0).path("mainElementId").asText()).as(user)
        .isEqualTo(element);
    assertThat(repositoryService.createDeploymentQuery().count()).as(user).isEqualTo(deployments);
    assertThat(repositoryService.createDecisionDefinitionQuery().count()).as(user).isEqualTo(decisions);
    return body;
  }

  private static String shippedSlaPolicy() {
    try {
      return Files.readString(Path.of("processes/sla-policy.dmn"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

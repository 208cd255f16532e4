package io.casedesk.deployment;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Deploy-time checks of issue 15, item 4, for everyone (an analyst and an administrator deploying from Modeler): a
 * form and its diagram must fit ({@link FormFieldCheck}), delegates and method calls must name beans that exist
 * ({@link BeanReferenceCheck}), JUEL must parse ({@link JuelSyntaxCheck}). Each refusal is a 400 naming the file,
 * the element and the reason, and stores nothing.
 */
class FormFieldCheckTest extends DeploymentTestSupport {

  private static final String SOLVE = "${workAction == 'solve'}";

  @Test
  void aFormDeployedAloneThatDropsAFieldTheDiagramReadsIsRefused() throws Exception {
    ObjectNode form = (ObjectNode) json.readTree(Files.readString(Path.of("forms/case-work.form")));
    ArrayNode components = (ArrayNode) form.path("components");
    for (int i = 0; i < components.size(); i++) {
      if ("workAction".equals(components.get(i).path("key").asText())) {
        components.remove(i);
        break;
      }
    }
    for (String user : List.of("analyst1", "admin")) {
      JsonNode body = refused(user, "case-work.form", json.writeValueAsString(form), "workAction");
      assertThat(body.path("message").asText()).as(user)
          .contains("'workAction'", "case-handling.bpmn", "'work-case'", "'work-decision-");
    }
  }

  @Test
  void aFormThatKeepsWhatTheDiagramReadsDeploys() throws Exception {
    String form = Files.readString(Path.of("forms/case-work.form")).replace("\"key\": \"actionNote\"",
        "\"key\": \"actionNote\", \"description\": \"What you did\"");
    ResponseEntity<String> response = deploy("analyst1", "case-work.form", form);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aGatewayAfterATaskReadingWhatNoFormGivesIsRefused() throws Exception {
    String diagram = Files.readString(Path.of("processes/case-handling.bpmn"));
    assertThat(diagram).contains(SOLVE);
    String broken = diagram.replace(SOLVE, "${workAction == 'solve' &amp;&amp; solvedForGood}");
    for (String user : List.of("analyst1", "admin")) {
      JsonNode body = refused(user, "case-handling.bpmn", broken, "work-case");
      assertThat(body.path("message").asText()).as(user)
          .contains("'solvedForGood'", "'work-decision-solve'", "'case-work'");
    }
  }

  @Test
  void aDelegateThatIsNoBeanIsRefusedForAnAdministrator() throws Exception {
    JsonNode body = refused("admin", "beans.bpmn", process(
        "<bpmn:serviceTask id=\"do-it\" name=\"Do it\" camunda:delegateExpression=\"${noSuchBean}\" />"), "do-it");
    assertThat(body.path("message").asText()).contains("${noSuchBean}", "names no bean");
  }

  @Test
  void aMethodCalledOnNothingThatExistsIsRefusedForAnAdministrator() throws Exception {
    JsonNode body = refused("admin", "beans.bpmn", process(
        "<bpmn:serviceTask id=\"do-it\" name=\"Do it\" camunda:expression=\"${noSuchBean.method(x)}\" />"), "do-it");
    assertThat(body.path("message").asText()).contains("'noSuchBean'", "neither a bean");
  }

  @Test
  void methodsOfBeansAndOfWrittenVariablesDeploy() throws Exception {
    ResponseEntity<String> response = deploy("admin", "beans.bpmn", process("""
        <bpmn:serviceTask id="do-it" name="Do it" camunda:expression="${slaClock.dueIn(note.trim())}">
          <bpmn:extensionElements><camunda:inputOutput>
            <camunda:inputParameter name="note">x</camunda:inputParameter>
          </camunda:inputOutput></bpmn:extensionElements>
        </bpmn:serviceTask>
        <bpmn:serviceTask id="delegate" name="Delegate" camunda:delegateExpression="${registerCase}" />"""));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void juelThatDoesNotParseIsRefusedForAnAdministrator() throws Exception {
    JsonNode body = refused("admin", "beans.bpmn", process("""
        <bpmn:exclusiveGateway id="choose" name="Choose" />
        <bpmn:sequenceFlow id="start-to-choose" sourceRef="start" targetRef="choose" />
        <bpmn:endEvent id="end" name="End" />
        <bpmn:sequenceFlow id="choose-to-end" sourceRef="choose" targetRef="end">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${a + }</bpmn:conditionExpression>
        </bpmn:sequenceFlow>"""), "choose-to-end");
    assertThat(body.path("message").asText()).contains("${a + }", "does not parse");
  }

  @Test
  void theShippedFilesPassTheChecksTogetherAsOnAnEmptyDatabase() throws Exception {
    // what start-up deploys on an empty database: every file in one new deployment, without a user
    var builder = repositoryService.createDeployment().name("shipped-files").source("FormFieldCheckTest");
    for (Path folder : List.of(Path.of("processes"), Path.of("forms"))) {
      try (var files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().matches(".*\\.(bpmn|dmn|form)$")).sorted().toList()) {
          builder.addString(file.getFileName().toString(), Files.readString(file));
        }
      }
    }
    deployed.add(builder.deploy().getId());
  }

  private ResponseEntity<String> deploy(String user, String file, String content) throws Exception {
    ResponseEntity<String> response = ModelerDeploy.deploy(as(http, user), file, content);
    if (response.getStatusCode().is2xxSuccessful()) {
      deployed.add(json.readTree(response.getBody()).path("id").asText());
    }
    return response;
  }

  private JsonNode refused(String user, String file, String content, String element) throws Exception {
    long deployments = repositoryService.createDeploymentQuery().count();
    ResponseEntity<String> response = deploy(user, file, content);
    assertThat(response.getStatusCode()).as(user + ": " + response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("message").asText()).as(user).contains(file, "'" + element + "'");
    assertThat(body.path("details").path(file).path("errors").get(0).path("mainElementId").asText()).as(user)
        .isEqualTo(element);
    assertThat(repositoryService.createDeploymentQuery().count()).as(user + ": deployments").isEqualTo(deployments);
    return body;
  }

  private static String process(String elements) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="beans-definitions"
            targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="beans" name="Beans" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="start" name="Start" />%s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(elements);
  }
}

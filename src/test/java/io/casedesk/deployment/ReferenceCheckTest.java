package io.casedesk.deployment;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A diagram whose decision, form or called process exists nowhere is refused at deployment (issue 15, item 4). */
class ReferenceCheckTest extends DeploymentTestSupport {

  @Test
  void aDecisionFormOrCalledProcessThatExistsNowhereIsRefused() throws Exception {
    for (String user : List.of("analyst1", "admin")) {
      refused(user, "<bpmn:businessRuleTask id=\"decide\" name=\"Decide\" camunda:decisionRef=\"no-such-table\" "
          + "camunda:decisionRefBinding=\"latest\" camunda:resultVariable=\"r\" camunda:mapDecisionResult=\"singleEntry\" />",
          "decide", "no-such-table");
      refused(user, "<bpmn:userTask id=\"ask\" name=\"Ask\" camunda:formRef=\"no-such-form\" "
          + "camunda:formRefBinding=\"latest\" />", "ask", "no-such-form");
      refused(user, "<bpmn:callActivity id=\"call\" name=\"Call\" calledElement=\"no-such-process\" "
          + "camunda:calledElementBinding=\"latest\" />", "call", "no-such-process");
    }
  }

  @Test
  void referencesToDeployedDefinitionsDeploy() throws Exception {
    ResponseEntity<String> response = ModelerDeploy.deploy(as(http, "analyst1"), "references.bpmn", process(
        "<bpmn:businessRuleTask id=\"decide\" name=\"Decide\" camunda:decisionRef=\"case-priority\" "
        + "camunda:decisionRefBinding=\"latest\" camunda:resultVariable=\"r\" camunda:mapDecisionResult=\"singleEntry\" />"
        + "<bpmn:callActivity id=\"call\" name=\"Call\" calledElement=\"references\" "
        + "camunda:calledElementBinding=\"latest\" />"));
    if (response.getStatusCode().is2xxSuccessful()) {
      deployed.add(json.readTree(response.getBody()).path("id").asText());
    }
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
  }

  private void refused(String user, String task, String element, String key) throws Exception {
    long deployments = repositoryService.createDeploymentQuery().count();
    long processes = repositoryService.createProcessDefinitionQuery().count();
    ResponseEntity<String> response = ModelerDeploy.deploy(as(http, user), "references.bpmn", process(task));
    if (response.getStatusCode().is2xxSuccessful()) {
      deployed.add(json.readTree(response.getBody()).path("id").asText());
    }
    assertThat(response.getStatusCode()).as(user + ": " + response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("message").asText()).as(user).contains("references.bpmn", "'" + element + "'", key);
    assertThat(body.path("details").path("references.bpmn").path("errors").get(0).path("mainElementId").asText())
        .isEqualTo(element);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(processes);
  }

  private static String process(String task) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="references-definitions"
            targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="references" name="References" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="start" name="Start" />%s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(task);
  }
}

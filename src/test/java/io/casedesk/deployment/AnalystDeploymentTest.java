package io.casedesk.deployment;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Deploying is no way into the server (issue 15, item 5): what analyst1 deploys from Camunda Modeler may use process
 * variables and the beans Casedesk publishes, nothing that runs code; an administrator may deploy anything.
 */
class AnalystDeploymentTest extends DeploymentTestSupport {

  private static final String ESCALATE_TO_ADMIN =
      "${execution.processEngineServices.identityService.createMembership('analyst1','camunda-admin')}";

  @Autowired IdentityService identityService;
  @Autowired AnalystDeploymentCheck check;
  @Autowired ApplicationContext context;

  @Test
  void theIssuesTimerThatMadeAnAnalystAdminIsRefusedAndNothingIsDeployed() throws Exception {
    String diagram = timerStartedProcess("attack", "<bpmn:serviceTask id=\"grant\" name=\"Grant\" camunda:expression=\""
        + ESCALATE_TO_ADMIN + "\" />");
    refused("attack.bpmn", diagram, "grant", "execution");
    assertThat(identityService.createUserQuery().userId("analyst1").memberOfGroup("camunda-admin").count()).isZero();
  }

  @Test
  void theAttackInTheTimerItselfIsRefused() throws Exception {
    String diagram = process("timer-attack", "<bpmn:startEvent id=\"start\" name=\"Start\"><bpmn:timerEventDefinition>"
        + "<bpmn:timeDate>" + ESCALATE_TO_ADMIN + "</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>");
    refused("timer-attack.bpmn", diagram, "start", "execution");
  }

  @Test
  void anExpressionSplitByACommentOrCdataIsReadWhole() throws Exception {
    String diagram = process("split", "<bpmn:startEvent id=\"start\" name=\"Start\"><bpmn:timerEventDefinition>"
        + "<bpmn:timeDate>$<!-- hidden -->{execution.processEngineServices<![CDATA[.identityService]]>}</bpmn:timeDate>"
        + "</bpmn:timerEventDefinition></bpmn:startEvent>");
    refused("split.bpmn", diagram, "start", "execution");
  }

  @Test
  void reflectionToRunACommandIsRefused() throws Exception {
    refusedExpression("${''.getClass().forName('java.lang.Runtime').getRuntime().exec('touch /tmp/pwned')}", "getClass");
    refusedExpression("${''.class.forName('java.lang.Runtime')}", "class");
    refusedExpression("${''['cl'.concat('ass')]}", "computed at run time");
    refusedExpression("${x['getClass']()}", "getClass");
    refusedExpression("${x.getCLASS().forName('java.lang.Runtime')}", "getCLASS");
    refusedExpression("${priority.toString().wait()}", "wait");
    refusedExpression("${priority.concat(channel)}", "called on something else");
    refusedExpression("${now().getClass()}", "getClass");
    refusedExpression("${execution.getProcessEngineServices().getIdentityService()}", "execution");
    refusedExpression("${task.execution}", "task");
  }

  @Test
  void enginesAndBeansThatAreNotPublishedAreRefused() throws Exception {
    refusedExpression("${identityService.createMembership('analyst1','camunda-admin')}", "identityService");
    refusedExpression("${processEngine.identityService}", "processEngine");
    refusedExpression("${slaClock.calendars}", "not its properties");
    refusedExpression("${slaClock.toString()}", "no method toString() of its own");
    refusedExpression("${registerCase.getTargetSource()}", "no method getTargetSource() of its own");
  }

  @Test
  void scriptsAndJavaClassesAreRefused() throws Exception {
    refused("script.bpmn", timerStartedProcess("script", "<bpmn:scriptTask id=\"run\" name=\"Run\" scriptFormat=\"javascript\">"
        + "<bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script></bpmn:scriptTask>"), "run", "script tasks");
    refused("class.bpmn", timerStartedProcess("class", "<bpmn:serviceTask id=\"run\" name=\"Run\" "
        + "camunda:class=\"org.camunda.bpm.engine.impl.bpmn.behavior.ServiceTaskExpressionActivityBehavior\" />"), "run",
        "Java class");
    refused("listener.bpmn", timerStartedProcess("listener", "<bpmn:task id=\"run\" name=\"Run\"><bpmn:extensionElements>"
        + "<camunda:executionListener event=\"start\" expression=\"${identityService.deleteUser('admin')}\" />"
        + "</bpmn:extensionElements></bpmn:task>"), "run", "identityService");
    refused("listener-script.bpmn", timerStartedProcess("listener-script", "<bpmn:task id=\"run\" name=\"Run\">"
        + "<bpmn:extensionElements><camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\">"
        + "'id'.execute()</camunda:script></camunda:executionListener></bpmn:extensionElements></bpmn:task>"), "run",
        "script");
    refused("delegate.bpmn", timerStartedProcess("delegate", "<bpmn:serviceTask id=\"run\" name=\"Run\" "
        + "camunda:delegateExpression=\"${identityService}\" />"), "run", "publishes");
  }

  @Test
  void aScriptConditionIsRefused() throws Exception {
    String diagram = process("condition", "<bpmn:startEvent id=\"start\" name=\"Start\" />"
        + "<bpmn:sequenceFlow id=\"flow\" sourceRef=\"start\" targetRef=\"end\"><bpmn:conditionExpression "
        + "xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\">true</bpmn:conditionExpression>"
        + "</bpmn:sequenceFlow><bpmn:endEvent id=\"end\" name=\"End\" />");
    refused("condition.bpmn", diagram, "flow", "script");
  }

  @Test
  void juelInADecisionTableIsHeldToTheSameList() throws Exception {
    String table = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="juel-table" name="Juel" namespace="x">
          <decision id="juel-decision" name="Juel">
            <decisionTable id="table">
              <input id="in" label="In">
                <inputExpression id="in-expression" typeRef="string" expressionLanguage="juel">
                  <text>${identityService.createMembership('analyst1','camunda-admin')}</text>
                </inputExpression>
              </input>
              <output id="out" name="out" typeRef="string" />
              <rule id="rule"><inputEntry id="entry"><text>-</text></inputEntry>
                <outputEntry id="result"><text>"x"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """;
    refused("juel.dmn", table, "in-expression", "identityService");
    refused("script.dmn", table.replace("expressionLanguage=\"juel\"", "expressionLanguage=\"javascript\""),
        "in-expression", "javascript");
  }

  @Test
  void theShippedCaseHandlingWithAnotherReminderDeploysForAnAnalyst() throws Exception {
    String diagram = Files.readString(Path.of("processes/case-handling.bpmn"))
        .replace("<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P3D</bpmn:timeDuration>",
            "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P2D</bpmn:timeDuration>");
    var response = ModelerDeploy.deploy(as(http, "analyst1"), "case-handling.bpmn", diagram);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    deployed.add(json.readTree(response.getBody()).path("id").asText());
  }

  @Test
  void everyShippedDiagramAndTablePassesTheAnalystCheck() throws Exception {
    try (var files = Files.list(Path.of("processes"))) {
      for (Path file : files.toList()) {
        assertThat(check.whyNot(file.getFileName().toString(), Files.readAllBytes(file))).as(file.toString()).isEmpty();
      }
    }
    for (String bean : DiagramBeans.DELEGATES) {
      assertThat(context.containsBean(bean)).as(bean).isTrue();
    }
    for (String bean : DiagramBeans.WITH_METHODS) {
      assertThat(context.containsBean(bean)).as(bean).isTrue();
    }
  }

  @Test
  void anAdministratorMayDeployAScriptTask() throws Exception {
    var response = ModelerDeploy.deploy(as(http, "admin"), "admin-script.bpmn", process("admin-script",
        "<bpmn:startEvent id=\"start\" name=\"Start\" /><bpmn:sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"run\" />"
        + "<bpmn:scriptTask id=\"run\" name=\"Run\" scriptFormat=\"javascript\"><bpmn:script>1 + 1</bpmn:script>"
        + "</bpmn:scriptTask>"));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    deployed.add(json.readTree(response.getBody()).path("id").asText());
  }

  @Test
  void anAnalystCannotRedeployAnAdministratorsScript() throws Exception {
    var response = ModelerDeploy.deploy(as(http, "admin"), "admin-redeploy.bpmn", process("admin-redeploy",
        "<bpmn:startEvent id=\"start\" name=\"Start\" /><bpmn:sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"run\" />"
        + "<bpmn:scriptTask id=\"run\" name=\"Run\" scriptFormat=\"javascript\"><bpmn:script>1 + 1</bpmn:script>"
        + "</bpmn:scriptTask>"));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    String id = json.readTree(response.getBody()).path("id").asText();
    deployed.add(id);
    long deployments = repositoryService.createDeploymentQuery().count();

    var redeploy = as(http, "analyst1").postForEntity("/engine-rest/deployment/" + id + "/redeploy",
        new org.springframework.http.HttpEntity<>("{}", jsonHeaders()), String.class);

    if (redeploy.getStatusCode().is2xxSuccessful()) {
      deployed.add(json.readTree(redeploy.getBody()).path("id").asText());
    }
    assertThat(redeploy.getStatusCode()).as(redeploy.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(redeploy.getBody()).contains("admin-redeploy.bpmn", "'run'", "script tasks");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  private static org.springframework.http.HttpHeaders jsonHeaders() {
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return headers;
  }

  private void refusedExpression(String expression, String reason) throws Exception {
    String attribute = expression.replace("'", "&apos;");
    refused("expression.bpmn", timerStartedProcess("expression",
        "<bpmn:serviceTask id=\"run\" name=\"Run\" camunda:expression=\"" + attribute + "\" />"), "run", reason);
  }

  private void refused(String file, String content, String element, String reason) throws Exception {
    long deployments = repositoryService.createDeploymentQuery().count();
    long definitions = repositoryService.createProcessDefinitionQuery().count()
        + repositoryService.createDecisionDefinitionQuery().count();
    ResponseEntity<String> response = ModelerDeploy.deploy(as(http, "analyst1"), file, content);
    if (response.getStatusCode().is2xxSuccessful()) {
      deployed.add(json.readTree(response.getBody()).path("id").asText());
    }
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("message").asText()).contains(file, "'" + element + "'", reason);
    assertThat(body.path("details").path(file).path("errors").get(0).path("mainElementId").asText()).isEqualTo(element);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery().count()
        + repositoryService.createDecisionDefinitionQuery().count()).isEqualTo(definitions);
  }

  private static String timerStartedProcess(String id, String task) {
    String taskId = task.replaceAll("(?s).*? id=\"([^\"]+)\".*", "$1");
    return process(id, "<bpmn:startEvent id=\"start\" name=\"Every minute\"><bpmn:timerEventDefinition>"
        + "<bpmn:timeCycle>R/PT1M</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>"
        + "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"" + taskId + "\" />" + task);
  }

  private static String process(String id, String content) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="%1$s-definitions" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="%1$s" name="%1$s" isExecutable="true" camunda:historyTimeToLive="1">%2$s</bpmn:process>
        </bpmn:definitions>
        """.formatted(id, content);
  }
}

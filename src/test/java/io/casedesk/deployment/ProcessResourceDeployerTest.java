package io.casedesk.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casedesk.support.CasedeskTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.ResourcePatternResolver;

@CasedeskTest
class ProcessResourceDeployerTest {

  @Autowired ProcessResourceDeployer deployer;
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired ResourcePatternResolver resolver;
  @Autowired IdentityService identityService;

  private final List<String> deploymentsToDelete = new ArrayList<>();

  @AfterEach
  void undeploy() {
    identityService.clearAuthentication();
    repositoryService.createDeploymentQuery().deploymentName(RELEASE).list()
        .forEach(d -> deploymentsToDelete.add(d.getId()));
    deploymentsToDelete.forEach(id -> repositoryService.deleteDeployment(id, true, true));
  }

  private static final String RELEASE = "release-fixture";
  private static final String P2_ENGINEER_1H = "<outputEntry id=\"rule-sla-p2-gold-engineer\"><text>\"PT1H\"</text>";

  @Test
  void restartWithUnchangedFilesKeepsTheAnalystsTableLatest() throws IOException {
    String policy = Files.readString(Path.of("processes/sla-policy.dmn"));
    String analysts = analystDeploysSlaPolicy(withP2Engineer(policy, "PT45M"));
    String before = latestCasedeskDeployment().getId();

    deployer.deploy();

    assertThat(latestCasedeskDeployment().getId()).as("no new start-up deployment").isEqualTo(before);
    assertThat(latestDecision("sla-policy").getDeploymentId()).isEqualTo(analysts);
  }

  @Test
  void releaseDeploysOnlyTheFilesItChangesAndSaysWhenItReplacesAnAnalystsVersion(@TempDir Path release)
      throws IOException {
    Path policy = Files.copy(Path.of("processes/sla-policy.dmn"), release.resolve("sla-policy.dmn"));
    Path routing = Files.copy(Path.of("processes/case-routing.dmn"), release.resolve("case-routing.dmn"));
    var deployer = new ProcessResourceDeployer(engine, resolver,
        new DeploymentProperties(RELEASE, List.of(release.toUri() + "*.dmn")));
    deployer.deploy();
    String analysts = analystDeploysSlaPolicy(withP2Engineer(Files.readString(policy), "PT45M"));
    DecisionDefinition analystsMatrix = latestDecision("sla-policy");

    String unchanged = deployer.deploy().getId();
    assertThat(unchanged).as("a restart with unchanged files deploys nothing")
        .isEqualTo(latestDeployment(RELEASE).getId());
    assertThat(repositoryService.createDeploymentQuery().deploymentName(RELEASE).count()).isEqualTo(1);

    Files.writeString(routing,
        Files.readString(routing).replace("</definitions>", "<!-- release 2 -->\n</definitions>"));
    String second = deployer.deploy().getId();
    assertThat(repositoryService.getDeploymentResourceNames(second)).containsExactly("case-routing.dmn");
    assertThat(latestDecision("sla-policy").getDeploymentId()).as("the analyst's table stays latest")
        .isEqualTo(analysts);

    Logger logger = (Logger) LoggerFactory.getLogger(ProcessResourceDeployer.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      Files.writeString(policy, withP2Engineer(Files.readString(policy), "PT50M"));
      String third = deployer.deploy().getId();
      assertThat(repositoryService.getDeploymentResourceNames(third)).containsExactly("sla-policy.dmn");
    } finally {
      logger.detachAppender(appender);
    }
    List<String> warnings = appender.list.stream().filter(e -> e.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(warnings).anySatisfy(w -> assertThat(w)
        .contains("decision 'sla-policy' version " + analystsMatrix.getVersion())
        .contains("resource sla-policy.dmn")
        .contains("by analyst1 from 'Camunda Modeler'")
        .contains("with version " + (analystsMatrix.getVersion() + 1)));
  }

  private static String withP2Engineer(String slaPolicy, String duration) {
    String changed = slaPolicy.replace(P2_ENGINEER_1H, P2_ENGINEER_1H.replace("PT1H", duration));
    assertThat(changed).isNotEqualTo(slaPolicy);
    return changed;
  }

  /** Deploys the table as analyst1 from Modeler would (the engine REST records the user in the operation log). */
  private String analystDeploysSlaPolicy(String content) {
    identityService.setAuthentication("analyst1", List.of("analysts"));
    try {
      String id = repositoryService.createDeployment().name("sla-policy").source("Camunda Modeler")
          .enableDuplicateFiltering(true)
          .addString("sla-policy.dmn", content).deploy().getId();
      deploymentsToDelete.add(id);
      return id;
    } finally {
      identityService.clearAuthentication();
    }
  }

  private DecisionDefinition latestDecision(String key) {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).withoutTenantId()
        .latestVersion().singleResult();
  }

  private Deployment latestDeployment(String name) {
    return repositoryService.createDeploymentQuery().deploymentName(name)
        .orderByDeploymentTime().desc().listPage(0, 1).get(0);
  }

  @Test
  void startUpDeploymentsHoldEveryFileOfProcessesAndForms() throws IOException {
    // each start-up deploys only the files that changed: together the 'casedesk' deployments hold every file
    List<String> deployed = repositoryService.createDeploymentQuery().deploymentName("casedesk").list().stream()
        .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
        .map(Resource::getName).distinct().sorted().toList();

    List<String> onDisk;
    try (Stream<Path> processes = Files.list(Path.of("processes")); Stream<Path> forms = Files.list(Path.of("forms"))) {
      onDisk = Stream.concat(processes, forms).map(p -> p.getFileName().toString())
          .filter(n -> n.matches(".*\\.(bpmn|dmn|form)")).sorted().toList();
    }
    assertThat(onDisk).isNotEmpty();
    assertThat(deployed).isEqualTo(onDisk);
  }

  @Test
  void redeployingUnchangedFilesCreatesNoNewVersion() {
    long definitionsBefore = repositoryService.createProcessDefinitionQuery().count()
        + repositoryService.createDecisionDefinitionQuery().count();
    String deploymentBefore = latestCasedeskDeployment().getId();

    deployer.deploy();

    assertThat(latestCasedeskDeployment().getId()).isEqualTo(deploymentBefore);
    assertThat(repositoryService.createProcessDefinitionQuery().count()
        + repositoryService.createDecisionDefinitionQuery().count()).isEqualTo(definitionsBefore);
  }

  @Test
  void brokenDiagramIsRefusedNamingFileAndElement() {
    var brokenDeployer = new ProcessResourceDeployer(engine, resolver,
        new DeploymentProperties("broken-fixture", List.of("classpath*:fixtures/broken/*.bpmn")));

    assertThatThrownBy(brokenDeployer::deploy)
        .isInstanceOf(InvalidDiagramException.class)
        .hasMessageContaining("broken-timer.bpmn")
        .hasMessageContaining("wait-for-nothing");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("broken-fixture").count()).isZero();
  }

  private Deployment latestCasedeskDeployment() {
    return repositoryService.createDeploymentQuery().deploymentName("casedesk")
        .orderByDeploymentTime().desc().listPage(0, 1).get(0);
  }
}

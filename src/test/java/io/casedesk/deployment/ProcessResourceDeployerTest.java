package io.casedesk.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casedesk.support.CasedeskTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.ResourcePatternResolver;

@CasedeskTest
class ProcessResourceDeployerTest {

  @Autowired ProcessResourceDeployer deployer;
  @Autowired RepositoryService repositoryService;
  @Autowired ResourcePatternResolver resolver;

  @Test
  void deploymentHoldsEveryFileOfProcessesAndForms() throws IOException {
    Deployment deployment = latestCasedeskDeployment();
    List<String> deployed = repositoryService.getDeploymentResources(deployment.getId()).stream()
        .map(Resource::getName).sorted().toList();

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
    var brokenDeployer = new ProcessResourceDeployer(repositoryService, resolver,
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

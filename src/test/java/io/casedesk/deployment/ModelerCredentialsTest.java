package io.casedesk.deployment;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CasedeskTest;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Camunda Modeler asks for credentials only when the engine answers 401: a 500 reads as "Camunda is reporting an error". */
@CasedeskTest
class ModelerCredentialsTest {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;

  @Test
  void deployingWithoutCredentialsIsAskedForThem() throws Exception {
    var response = ModelerDeploy.deploy(http, "sla-policy.dmn", Files.readString(Path.of("processes/sla-policy.dmn")));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void deployingWithAWrongPasswordIsAskedForTheRightOne() throws Exception {
    var response = ModelerDeploy.deploy(http.withBasicAuth("analyst1", "not-the-password"), "sla-policy.dmn",
        Files.readString(Path.of("processes/sla-policy.dmn")));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void deployingAsAnAnalystWorks() throws Exception {
    long deployments = repositoryService.createDeploymentQuery().count();
    var response = ModelerDeploy.deploy(as(http, "analyst1"), "sla-policy.dmn",
        Files.readString(Path.of("processes/sla-policy.dmn")));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    if (repositoryService.createDeploymentQuery().count() > deployments) {
      // the same table again as the latest version: nothing for the other tests of the shared database to notice
      repositoryService.deleteDeployment(new ObjectMapper().readTree(response.getBody()).path("id").asText(), true);
    }
  }
}

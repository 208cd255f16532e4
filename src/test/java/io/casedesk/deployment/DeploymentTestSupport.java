package io.casedesk.deployment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.support.CasedeskTest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Deployment checks tested as Camunda Modeler deploys: the test adds what it deployed to {@link #deployed}, and it
 * is removed afterwards, since a file deployed alone would be the latest version for the other test classes of the
 * shared database.
 */
@CasedeskTest
abstract class DeploymentTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;

  final ObjectMapper json = new ObjectMapper();
  final List<String> deployed = new ArrayList<>();

  @AfterEach
  void removeWhatTheTestsDeployed() {
    deployed.forEach(id -> repositoryService.deleteDeployment(id, true, true, true));
    deployed.clear();
  }
}

package io.casedesk.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The definitions whose latest version is not what {@code processes/} and {@code forms/} hold: an analyst's
 * version deployed from Modeler, say, that the next release with a changed file would replace.
 */
@Component
public class DefinitionDrift {

  /**
   * One definition whose latest version differs from the file.
   *
   * @param fileVersion the newest version whose resource is the file as it is, null when none is
   */
  public record Drift(String resource, String kind, String key, int latestVersion, Integer fileVersion,
      String deploymentId, String deploymentName, String source, Instant deployedAt, String deployedBy) {}

  private static final int VERSIONS_SEARCHED = 50;

  private final ProcessResourceDeployer deployer;
  private final RepositoryService repositoryService;
  private final ObjectMapper json = new ObjectMapper();

  public DefinitionDrift(ProcessResourceDeployer deployer, RepositoryService repositoryService) {
    this.deployer = deployer;
    this.repositoryService = repositoryService;
  }

  public List<Drift> list() {
    Map<String, Resource> files = deployer.findResources();
    List<ResourceDefinition> latestDefinitions = new ArrayList<>();
    latestDefinitions.addAll(
        repositoryService.createProcessDefinitionQuery().latestVersion().withoutTenantId().list());
    latestDefinitions.addAll(
        repositoryService.createDecisionDefinitionQuery().latestVersion().withoutTenantId().list());
    List<Drift> drifts = new ArrayList<>();
    for (var file : files.entrySet()) {
      byte[] content = read(file.getValue());
      for (String[] kindAndKey : definitionsIn(file.getKey(), content, latestDefinitions)) {
        List<ResourceDefinition> versions = versions(kindAndKey[0], kindAndKey[1]);
        if (versions.isEmpty() || sameContent(versions.get(0), content)) {
          continue;
        }
        ResourceDefinition latest = versions.get(0);
        Integer fileVersion = versions.stream().filter(v -> sameContent(v, content)).findFirst()
            .map(ResourceDefinition::getVersion).orElse(null);
        Deployment deployment = repositoryService.createDeploymentQuery()
            .deploymentId(latest.getDeploymentId()).singleResult();
        drifts.add(new Drift(file.getKey(), kindAndKey[0], latest.getKey(), latest.getVersion(), fileVersion,
            deployment.getId(), deployment.getName(), deployment.getSource(),
            deployment.getDeploymentTime().toInstant(), deployer.deployedBy(deployment.getId())));
      }
    }
    return drifts;
  }

  /** kind and key of each definition the file defines, as the engine will key them. */
  private List<String[]> definitionsIn(String name, byte[] content, List<ResourceDefinition> latestDefinitions) {
    List<String[]> keys = new ArrayList<>();
    if (name.endsWith(".form")) {
      try {
        JsonNode id = json.readTree(content).path("id");
        if (id.isTextual()) {
          keys.add(new String[] {"form", id.asText()});
        }
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read form " + name, e);
      }
      return keys;
    }
    // the latest version of each key deployed from a resource of this name: processes and decisions alike
    latestDefinitions.stream().filter(d -> name.equals(d.getResourceName())).forEach(d -> keys.add(
        new String[] {d instanceof org.camunda.bpm.engine.repository.ProcessDefinition ? "process" : "decision",
            d.getKey()}));
    return keys;
  }

  /** Versions of a definition, newest first, as many as are searched for the file's content. */
  private List<ResourceDefinition> versions(String kind, String key) {
    List<ResourceDefinition> versions = new ArrayList<>();
    switch (kind) {
      case "process" -> versions.addAll(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
          .withoutTenantId().orderByProcessDefinitionVersion().desc().listPage(0, VERSIONS_SEARCHED));
      case "decision" -> versions.addAll(repositoryService.createDecisionDefinitionQuery()
          .decisionDefinitionKey(key).withoutTenantId().orderByDecisionDefinitionVersion().desc()
          .listPage(0, VERSIONS_SEARCHED));
      default -> {
        CamundaFormDefinitionEntity latest = deployer.commandExecutor().execute(context ->
            context.getCamundaFormDefinitionManager().findLatestDefinitionByKeyAndTenantId(key, null));
        for (int v = latest == null ? 0 : latest.getVersion(); v > 0 && versions.size() < VERSIONS_SEARCHED; v--) {
          int version = v;
          CamundaFormDefinitionEntity form = deployer.commandExecutor().execute(context ->
              context.getCamundaFormDefinitionManager().findDefinitionByKeyVersionAndTenantId(key, version, null));
          if (form != null) {
            versions.add(form);
          }
        }
      }
    }
    versions.sort(Comparator.comparingInt(ResourceDefinition::getVersion).reversed());
    return versions;
  }

  private boolean sameContent(ResourceDefinition definition, byte[] content) {
    try (InputStream in = repositoryService.getResourceAsStream(definition.getDeploymentId(),
        definition.getResourceName())) {
      return Arrays.equals(in.readAllBytes(), content);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + definition.getResourceName(), e);
    }
  }

  private static byte[] read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + resource.getDescription(), e);
    }
  }
}

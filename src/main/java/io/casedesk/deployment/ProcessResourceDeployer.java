package io.casedesk.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the diagrams, decision tables and forms that changed since the last start-up.
 *
 * <p>Resources are named by bare file name, the same from an IDE, from {@code target/classes} and from the
 * fat jar. Duplicate filtering compares each file with the latest one of that name that start-up deployed
 * (same deployment name and source) and deploys only the files that differ: a restart creates no new
 * versions, and a release that changes one file leaves every other definition at the version it is at, also
 * where an analyst deployed a newer one from Modeler. Where a changed file does replace a version an analyst
 * deployed, the log says so (resource, versions, who deployed the replaced one and when). A file the engine
 * cannot parse stops start-up with the file and the elements at fault.
 */
@Component
public class ProcessResourceDeployer implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(ProcessResourceDeployer.class);

  private final ProcessEngine engine;
  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final ResourcePatternResolver resolver;
  private final DeploymentProperties properties;

  public ProcessResourceDeployer(
      ProcessEngine engine, ResourcePatternResolver resolver, DeploymentProperties properties) {
    this.engine = engine;
    this.repositoryService = engine.getRepositoryService();
    this.historyService = engine.getHistoryService();
    this.resolver = resolver;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    deploy();
  }

  /** Deploys what changed; returns the deployment now current (an unchanged set returns the previous one). */
  public Deployment deploy() {
    Map<String, Resource> resources = findResources();
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(properties.name())
        .source(properties.name())
        // true = deploy changed only: an unchanged file keeps whichever version is latest, an analyst's included
        .enableDuplicateFiltering(true);
    for (var entry : resources.entrySet()) {
      try (InputStream in = entry.getValue().getInputStream()) {
        builder.addInputStream(entry.getKey(), in);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read " + entry.getValue().getDescription(), e);
      }
    }
    String previous = latestOwnDeploymentId();
    DeploymentWithDefinitions deployment;
    try {
      deployment = builder.deployWithResult();
    } catch (ParseException e) {
      throw new InvalidDiagramException(describe(e), e);
    } catch (ProcessEngineException e) {
      // decision tables and forms fail with a chain of causes; the outermost names the file, the innermost the line
      throw new InvalidDiagramException("Cannot deploy: " + e.getMessage() + " (" + rootCause(e).getMessage() + ")", e);
    }
    if (deployment.getId().equals(previous)) {
      log.info("Deployment '{}': none of the {} resources changed, nothing deployed", properties.name(),
          resources.size());
      return deployment;
    }
    List<String> deployed = repositoryService.getDeploymentResourceNames(deployment.getId());
    log.info("Deployment '{}' ({}) deploys {} changed of {} resources: {}", deployment.getName(), deployment.getId(),
        deployed.size(), resources.size(), deployed);
    warnAboutReplacedVersions(deployment);
    return deployment;
  }

  private String latestOwnDeploymentId() {
    List<Deployment> latest = repositoryService.createDeploymentQuery().deploymentName(properties.name())
        .orderByDeploymentTime().desc().listPage(0, 1);
    return latest.isEmpty() ? null : latest.get(0).getId();
  }

  /** A definition version, whatever its kind. */
  private record Version(String kind, String key, int version, String resource, String deploymentId) {

    static Version of(String kind, ResourceDefinition definition) {
      return new Version(kind, definition.getKey(), definition.getVersion(), definition.getResourceName(),
          definition.getDeploymentId());
    }
  }

  /**
   * Logs each definition this deployment gave a new version where the version it replaces as latest was not
   * deployed by start-up (an analyst's from Modeler, say), with who deployed that one, from where and when.
   */
  private void warnAboutReplacedVersions(DeploymentWithDefinitions deployment) {
    for (Version replacing : newVersions(deployment)) {
      Version replaced = replaced(replacing);
      if (replaced == null) {
        continue;
      }
      Deployment by = repositoryService.createDeploymentQuery().deploymentId(replaced.deploymentId()).singleResult();
      if (by == null || properties.name().equals(by.getSource())) {
        continue;
      }
      log.warn("Start-up replaced {} '{}' version {} (resource {}), deployed {} by {} from '{}' as deployment "
              + "'{}' ({}), with version {} from this release's {}", replacing.kind(), replacing.key(),
          replaced.version(), replaced.resource(), by.getDeploymentTime().toInstant(), deployedBy(by.getId()),
          by.getSource(), by.getName(), by.getId(), replacing.version(), replacing.resource());
    }
  }

  private List<Version> newVersions(DeploymentWithDefinitions deployment) {
    List<Version> versions = new ArrayList<>();
    for (ProcessDefinition d : Objects.requireNonNullElse(deployment.getDeployedProcessDefinitions(),
        List.<ProcessDefinition>of())) {
      versions.add(Version.of("process", d));
    }
    for (DecisionDefinition d : Objects.requireNonNullElse(deployment.getDeployedDecisionDefinitions(),
        List.<DecisionDefinition>of())) {
      versions.add(Version.of("decision", d));
    }
    List<CamundaFormDefinitionEntity> forms = commandExecutor().execute(context ->
        context.getCamundaFormDefinitionManager().findDefinitionsByDeploymentId(deployment.getId()));
    forms.forEach(f -> versions.add(Version.of("form", f)));
    return versions;
  }

  private Version replaced(Version replacing) {
    if (replacing.version() <= 1) {
      return null;
    }
    int version = replacing.version() - 1;
    ResourceDefinition previous = switch (replacing.kind()) {
      case "process" -> repositoryService.createProcessDefinitionQuery().processDefinitionKey(replacing.key())
          .processDefinitionVersion(version).withoutTenantId().singleResult();
      case "decision" -> repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(replacing.key())
          .decisionDefinitionVersion(version).withoutTenantId().singleResult();
      default -> commandExecutor().execute(context -> context.getCamundaFormDefinitionManager()
          .findDefinitionByKeyVersionAndTenantId(replacing.key(), version, null));
    };
    return previous == null ? null : Version.of(replacing.kind(), previous);
  }

  /** The user Camunda's operation log names for a deployment (REST and Modeler deployments), else "unknown user". */
  String deployedBy(String deploymentId) {
    return historyService.createUserOperationLogQuery().deploymentId(deploymentId)
        .entityType(EntityTypes.DEPLOYMENT).operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
        .list().stream().map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst()
        .orElse("unknown user");
  }

  org.camunda.bpm.engine.impl.interceptor.CommandExecutor commandExecutor() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }

  /** The files start-up deploys, by resource name. */
  Map<String, Resource> findResources() {
    Map<String, Resource> byName = new TreeMap<>();
    for (String location : properties.locations()) {
      try {
        for (Resource resource : resolver.getResources(location)) {
          Resource previous = byName.put(resource.getFilename(), resource);
          if (previous != null) {
            throw new IllegalStateException("Two resources named " + resource.getFilename() + ": "
                + previous.getDescription() + " and " + resource.getDescription());
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("Cannot list " + location, e);
      }
    }
    return byName;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static String describe(ParseException e) {
    return e.getResorceReports().stream()
        .filter(report -> !report.getErrors().isEmpty())
        .map(ProcessResourceDeployer::describeReport)
        .collect(Collectors.joining("; ", "Cannot deploy: ", ""));
  }

  private static String describeReport(ResourceReport report) {
    return report.getResourceName() + ": " + report.getErrors().stream()
        .map(ProcessResourceDeployer::describeProblem)
        .collect(Collectors.joining(", "));
  }

  private static String describeProblem(Problem problem) {
    String where = problem.getMainElementId() != null ? "element '" + problem.getMainElementId() + "'"
        : "line " + problem.getLine() + ", column " + problem.getColumn();
    return where + ": " + problem.getMessage();
  }
}

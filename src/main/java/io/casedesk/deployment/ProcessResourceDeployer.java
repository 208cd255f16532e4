package io.casedesk.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
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
 * Deploys every diagram, decision table and form as one deployment at start-up.
 *
 * <p>Resources are named by bare file name, the same from an IDE, from {@code target/classes} and from the
 * fat jar, so duplicate filtering recognises unchanged files and a restart creates no new versions. A file
 * the engine cannot parse stops start-up with the file and the elements at fault.
 */
@Component
public class ProcessResourceDeployer implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(ProcessResourceDeployer.class);

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver;
  private final DeploymentProperties properties;

  public ProcessResourceDeployer(
      RepositoryService repositoryService, ResourcePatternResolver resolver, DeploymentProperties properties) {
    this.repositoryService = repositoryService;
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
        .enableDuplicateFiltering(false);
    for (var entry : resources.entrySet()) {
      try (InputStream in = entry.getValue().getInputStream()) {
        builder.addInputStream(entry.getKey(), in);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read " + entry.getValue().getDescription(), e);
      }
    }
    DeploymentWithDefinitions deployment;
    try {
      deployment = builder.deployWithResult();
    } catch (ParseException e) {
      throw new InvalidDiagramException(describe(e), e);
    } catch (ProcessEngineException e) {
      // decision tables and forms fail with a chain of causes; the outermost names the file, the innermost the line
      throw new InvalidDiagramException("Cannot deploy: " + e.getMessage() + " (" + rootCause(e).getMessage() + ")", e);
    }
    log.info("Deployment '{}' ({}) holds {} resources: {}", deployment.getName(), deployment.getId(),
        resources.size(), resources.keySet());
    return deployment;
  }

  private Map<String, Resource> findResources() {
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

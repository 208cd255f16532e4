package io.casedesk.deployment;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the diagrams, decision tables and forms come from. The build copies the top-level {@code processes/}
 * and {@code forms/} folders onto the classpath; a location may also be a {@code file:} pattern.
 */
@ConfigurationProperties(prefix = "casedesk.deployment")
public record DeploymentProperties(String name, List<String> locations) {

  public DeploymentProperties {
    name = (name == null || name.isBlank()) ? "casedesk" : name;
    locations = (locations == null || locations.isEmpty())
        ? List.of("classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form")
        : List.copyOf(locations);
  }
}

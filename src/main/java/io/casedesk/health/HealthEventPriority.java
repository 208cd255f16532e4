package io.casedesk.health;

import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Decision table {@code health-event-priority} (processes/health-event-priority.dmn): an alert's severity gives
 * the impact and urgency its case opens with (case-priority then gives P1..P4) and whether its firing time counts
 * as downtime. Evaluated in its latest version, so a table an analyst deploys from Camunda Modeler applies at once.
 */
@Component
public class HealthEventPriority {

  public static final String DECISION = "health-event-priority";

  /** What the table decides for one severity. */
  public record Decided(String impact, String urgency, boolean downtime) {}

  private final DecisionService decisions;

  public HealthEventPriority(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** For the alert's severity label (lower-cased); none reads as the empty text, which the table's last row takes. */
  public Decided decide(String severity) {
    String input = severity == null ? "" : severity.strip().toLowerCase(Locale.ROOT);
    DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION)
        .variables(Map.of("severity", input)).evaluate().getSingleResult();
    if (result == null) {
      throw new IllegalStateException("Decision table " + DECISION + " has no rule for severity '" + input + "'");
    }
    return new Decided(result.getEntry("impact"), result.getEntry("urgency"),
        Boolean.TRUE.equals(result.getEntry("downtime")));
  }
}

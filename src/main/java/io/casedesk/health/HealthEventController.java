package io.casedesk.health;

import io.casedesk.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/health-events")
@Tag(name = "Health events", description = "Alerts of monitoring systems about registered systems")
public class HealthEventController {

  /** Alerting systems' technical users (group {@code alerting}), and administrators to try it. */
  static final String POSTERS = "hasAnyAuthority('GROUP_alerting', 'GROUP_camunda-admin')";

  private final HealthEvents healthEvents;

  public HealthEventController(HealthEvents healthEvents) {
    this.healthEvents = healthEvents;
  }

  /** What became of the notification's alerts, in its order. */
  public record Received(List<HealthEvents.Taken> alerts) {}

  @PostMapping("/alertmanager")
  @PreAuthorize(POSTERS)
  @Operation(summary = "Take a notification of Prometheus Alertmanager's webhook (version 4)",
      description = "Each alert names its system by the label casedesk_system (the serial number registered under a"
          + " contract; casedesk_contract chooses the contract when several register it). A first firing opens a"
          + " case, repeats and the resolved notice go on its timeline; a notice taken before changes nothing. 400"
          + " naming the field, and nothing written, when an alert is malformed or names no registered system.")
  public Received alertmanager(@Valid @RequestBody AlertmanagerNotification notification, CurrentUser user) {
    return new Received(healthEvents.take(notification, user.userId()));
  }
}

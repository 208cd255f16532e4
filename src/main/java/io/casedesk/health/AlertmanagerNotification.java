package io.casedesk.health;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The body of Alertmanager's webhook ({@code webhook_config}), version 4: the alerts of one notification of a
 * group. Only what Casedesk reads is declared; the rest ({@code receiver}, {@code groupLabels},
 * {@code commonLabels}, {@code externalURL}, {@code groupKey}, ...) is ignored.
 */
public record AlertmanagerNotification(
    @NotNull @Pattern(regexp = "4", message = "must be 4 (Alertmanager's webhook format)") String version,
    @NotNull @Pattern(regexp = "firing|resolved", message = "must be firing or resolved") String status,
    @NotEmpty @Size(max = 1000) List<@NotNull @Valid Alert> alerts) {

  /**
   * One alert. {@code endsAt} is Alertmanager's zero time ({@code 0001-01-01T00:00:00Z}) while it fires.
   *
   * @param fingerprint Alertmanager's hash of the alert's labels: the same alert on the same system keeps it
   */
  public record Alert(
      @NotNull @Pattern(regexp = "firing|resolved", message = "must be firing or resolved") String status,
      @NotNull Map<String, String> labels,
      Map<String, String> annotations,
      @NotNull OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      @Size(max = 2000) String generatorURL,
      @NotNull @Pattern(regexp = "[0-9A-Za-z]{1,64}", message = "must be Alertmanager's fingerprint: 1 to 64 letters"
          + " or digits") String fingerprint) {

    public boolean firing() {
      return "firing".equals(status);
    }

    public String label(String name) {
      String value = labels == null ? null : labels.get(name);
      return value == null || value.isBlank() ? null : value.strip();
    }

    public String annotation(String name) {
      String value = annotations == null ? null : annotations.get(name);
      return value == null || value.isBlank() ? null : value.strip();
    }

    /** When it ended; none while it fires (Alertmanager's zero time is year 1). */
    public OffsetDateTime ended() {
      return endsAt == null || endsAt.getYear() <= 1 ? null : endsAt;
    }
  }
}

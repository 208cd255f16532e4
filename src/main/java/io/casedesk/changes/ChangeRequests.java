package io.casedesk.changes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies the change API accepts. */
public final class ChangeRequests {

  private ChangeRequests() {}

  /**
   * {@code POST /api/changes}. Staff raise a change from a case ({@code caseNumber} required: a bug whose fix is a
   * change, free of charge); a customer asks for one for their company (a paid upgrade, quoted by sales first), and
   * may name a case of theirs it belongs to.
   */
  public record RaiseChange(
      @Size(max = 32) @Pattern(regexp = "[A-Z]+-[0-9]{4}-[0-9]{6}", message = "{casedesk.validation.caseNumber}")
      String caseNumber,
      @NotBlank @Size(max = 200) String title,
      @Size(max = 4000) String description) {}

  /** {@code POST /api/changes/{id}/approval}: the customer's answer to the plan (and the quote). */
  public record Approval(@NotNull Boolean approve, @Size(max = 4000) String comment) {}
}

package io.casedesk.emergency;

import io.casedesk.cases.CaseNumbers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies the emergency API accepts. */
public final class EmergencyRequests {

  private EmergencyRequests() {}

  /** {@code POST /api/emergencies}: a red flag, for a case or (a network-wide event) for none. */
  public record Declaration(
      @Size(max = 32) @Pattern(regexp = CaseNumbers.PATTERN, message = "must be a case number such as CS-2026-000042")
      String caseNumber,
      @NotBlank @Size(max = 200) String criterion,
      @NotBlank @Size(max = 4000) String description) {}

  /** {@code POST /api/cases/{caseNumber}/emergency}. */
  public record CaseDeclaration(
      @NotBlank @Size(max = 200) String criterion,
      @NotBlank @Size(max = 4000) String description) {}
}

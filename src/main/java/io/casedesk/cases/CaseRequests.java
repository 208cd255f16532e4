package io.casedesk.cases;

import io.casedesk.forms.DecisionInputValue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies the case API accepts. */
public final class CaseRequests {

  private CaseRequests() {}

  public record OpenCase(
      @NotBlank @Size(max = 200) String callerName,
      @Size(max = 200) String callerCompany,
      @Size(max = 64) @Pattern(regexp = "[+0-9 ()/.-]*", message = "must be a phone number") String callerPhone,
      @Email @Size(max = 320) String callerEmail,
      @Size(max = 500) String callerAddress,
      @Size(max = 64) String contractId,
      @NotBlank @Size(max = 100) String product,
      // the choices of the decision tables that use them, as the intake form offers them
      @NotBlank @DecisionInputValue(decision = "case-routing", input = "category") String category,
      @NotBlank @DecisionInputValue(decision = "case-priority", input = "impact") String impact,
      @NotBlank @DecisionInputValue(decision = "case-priority", input = "urgency") String urgency,
      @NotBlank @Size(max = 300) String subject,
      @Size(max = 10000) String description,
      @Pattern(regexp = "web|email|phone|fax", message = "must be one of web, email, phone, fax") String channel) {}

  public record Message(@NotBlank @Size(max = 10000) String text) {}

  public record Escalation(@NotBlank @Size(max = 2000) String reason) {}

  public record Closure(@NotNull Boolean accept, @Size(max = 10000) String comment) {}

  public record Survey(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 4000) String comment) {}
}

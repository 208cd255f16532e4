package io.casedesk.cases;

import io.casedesk.forms.DecisionInputValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bodies the case API accepts. */
public final class CaseRequests {

  private CaseRequests() {}

  public record OpenCase(
      @NotBlank @Size(max = 200) String callerName,
      @Size(max = 200) String callerCompany,
      @Size(max = 64) @Pattern(regexp = "[+0-9 ()/.-]*", message = "{casedesk.validation.phone}") String callerPhone,
      @Email @Size(max = 320) String callerEmail,
      @Size(max = 500) String callerAddress,
      @Size(max = 64) String contractId,
      @NotBlank @Size(max = 100) String product,
      // the choices of the decision tables that use them, as the intake form offers them
      @NotBlank @DecisionInputValue(decision = "case-routing", input = "category") String category,
      @NotBlank @DecisionInputValue(decision = "case-priority", input = "impact") String impact,
      @NotBlank @DecisionInputValue(decision = "case-priority", input = "urgency") String urgency,
      @NotBlank @Size(max = 300) String subject,
      @Size(max = 4000) String description,
      @Pattern(regexp = "web|email|phone|fax", message = "{casedesk.validation.channel}") String channel,
      @Valid EmergencyFacts emergency) {

    /** A case without emergency facts. */
    public OpenCase(String callerName, String callerCompany, String callerPhone, String callerEmail,
        String callerAddress, String contractId, String product, String category, String impact, String urgency,
        String subject, String description, String channel) {
      this(callerName, callerCompany, callerPhone, callerEmail, callerAddress, contractId, product, category, impact,
          urgency, subject, description, channel, null);
    }
  }

  /**
   * Optional facts at intake that decision table {@code emergency-criteria} weighs to declare a P1 case a red flag
   * (see io.casedesk.emergency). A fact left out counts as not met.
   */
  public record EmergencyFacts(
      Boolean allProcessingLost,
      Boolean networkSeverelyHit,
      Boolean criticalCapabilityLost,
      Boolean faultBeyondSla,
      @Min(0) Integer affectedUsers,
      Boolean billingDataLost,
      Boolean maintenanceAccessLost,
      Boolean vipCustomer,
      Boolean emergencyServicesDown,
      Boolean mediaInvolved,
      Boolean customerDeclaredEmergency) {

    /**
     * The facts that are met, as process variables named as the decision table's inputs; the table reads a fact
     * left out as not met, so no variable is stored for it.
     */
    public Map<String, Object> variables() {
      Map<String, Object> variables = new LinkedHashMap<>();
      putIfMet(variables, "allProcessingLost", allProcessingLost);
      putIfMet(variables, "networkSeverelyHit", networkSeverelyHit);
      putIfMet(variables, "criticalCapabilityLost", criticalCapabilityLost);
      putIfMet(variables, "faultBeyondSla", faultBeyondSla);
      if (affectedUsers != null && affectedUsers > 0) {
        variables.put("affectedUsers", affectedUsers);
      }
      putIfMet(variables, "billingDataLost", billingDataLost);
      putIfMet(variables, "maintenanceAccessLost", maintenanceAccessLost);
      putIfMet(variables, "vipCustomer", vipCustomer);
      putIfMet(variables, "emergencyServicesDown", emergencyServicesDown);
      putIfMet(variables, "mediaInvolved", mediaInvolved);
      putIfMet(variables, "customerDeclaredEmergency", customerDeclaredEmergency);
      return variables;
    }

    private static void putIfMet(Map<String, Object> variables, String name, Boolean fact) {
      if (Boolean.TRUE.equals(fact)) {
        variables.put(name, true);
      }
    }

    public static Map<String, Object> variablesOf(EmergencyFacts facts) {
      return (facts == null ? NONE : facts).variables();
    }

    private static final EmergencyFacts NONE =
        new EmergencyFacts(null, null, null, null, null, null, null, null, null, null, null);

  }

  public record Message(@NotBlank @Size(max = 4000) String text) {}

  public record Escalation(@NotBlank @Size(max = 2000) String reason) {}

  public record Closure(@NotNull Boolean accept, @Size(max = 4000) String comment) {}

  public record Survey(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 4000) String comment) {}
}

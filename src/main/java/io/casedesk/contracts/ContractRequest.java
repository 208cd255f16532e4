package io.casedesk.contracts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract as clients send it to {@code POST /api/contracts} and {@code PUT /api/contracts/{id}}. The id is
 * required when creating; when replacing it may be left out, else it must be the one in the path.
 */
@ValidityPeriod
public record ContractRequest(
    @NotNull(groups = OnCreate.class)
    @Pattern(regexp = "[A-Z0-9-]{2,64}", message = "must be 2 to 64 capital letters, digits or hyphens, e.g. CT-1001")
    String id,
    @NotBlank @Size(max = 200) String company,
    @NotNull @Pattern(regexp = "gold|silver|bronze", message = "must be one of gold, silver, bronze")
    String serviceLevel,
    @Pattern(regexp = "24x7|5x24|8x5", message = "must be one of 24x7, 5x24, 8x5")
    String coverageCalendar,
    @NotNull LocalDate validFrom,
    @NotNull LocalDate validTo,
    List<@NotNull @Valid SystemRequest> systems,
    @Min(0) @Max(12) Integer inspectionsPerYear) {

  /** Validation group of the constraints that apply only when creating. */
  public interface OnCreate {}

  public record SystemRequest(
      @NotBlank @Size(max = 100) String product,
      @Size(max = 100) String serialNumber,
      @Size(max = 200) String site) {}

  Contract toContract(String contractId) {
    List<RegisteredSystem> registered = systems == null ? List.of() : systems.stream()
        .map(system -> new RegisteredSystem(system.product().strip(), blankToNull(system.serialNumber()),
            blankToNull(system.site())))
        .toList();
    return new Contract(contractId, company.strip(), serviceLevel, coverageCalendar, validFrom, validTo, registered,
        inspectionsPerYear == null ? 0 : inspectionsPerYear);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

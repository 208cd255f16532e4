package io.casedesk.problems;

import io.casedesk.cases.CaseNumbers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The bodies the problem API accepts. */
public final class ProblemRequests {

  private ProblemRequests() {}

  private static final String CASE_NUMBER_MESSAGE = "must be a case number such as CS-2026-000042";

  /** {@code POST /api/problems}: a problem, with the cases it hits so far (more can be linked later). */
  public record OpenProblem(
      @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = 4000) String description,
      @Size(max = 100) List<@NotBlank @Pattern(regexp = CaseNumbers.PATTERN, message = CASE_NUMBER_MESSAGE) String>
          caseNumbers) {}

  /** {@code POST /api/problems/{number}/cases}: more cases the problem hits. */
  public record LinkCases(
      @NotEmpty @Size(max = 100)
      List<@NotBlank @Pattern(regexp = CaseNumbers.PATTERN, message = CASE_NUMBER_MESSAGE) String> caseNumbers) {}
}

package io.casedesk.problems;

import static io.casedesk.security.CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX;

import io.casedesk.security.CasedeskGroups;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.RequestValidation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Problems: one cause behind several cases. Supervisors, managers and administrators open them and link cases;
 * they and auditors read every problem, an engineer those linking a case they work. The steps (root cause, known
 * error with workaround, fix, closure) are tasks in Tasklist (problem-management.bpmn).
 */
@RestController
@Validated
@Tag(name = "Problems", description = "Problem records: link the cases one cause hits, follow root cause and fix")
public class ProblemController {

  /** {@code @PreAuthorize}: {@link ProblemService#MANAGERS}. */
  static final String MANAGE = "hasAnyAuthority("
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.ADMINS + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.SUPERVISORS + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.MANAGERS + "')";

  private final ProblemService service;
  private final RequestValidation validation;

  public ProblemController(ProblemService service, RequestValidation validation) {
    this.service = service;
    this.validation = validation;
  }

  @PostMapping("/api/problems")
  @PreAuthorize(MANAGE)
  @Operation(summary = "Open a problem", description = "With the cases it hits so far (caseNumbers); 400 naming "
      + "each unknown case, and nothing is opened.")
  public ResponseEntity<ProblemView> open(@RequestBody ProblemRequests.OpenProblem request, CurrentUser user) {
    ProblemView view = service.open(validation.valid(request), user);
    return ResponseEntity.created(URI.create("/api/problems/" + view.problemNumber())).body(view);
  }

  @PostMapping("/api/problems/{number}/cases")
  @PreAuthorize(MANAGE)
  @Operation(summary = "Link cases to a problem", description = "All or nothing: 400 for an unknown case, 409 for "
      + "a case already linked or a closed problem.")
  public ProblemView link(@PathVariable String number, @RequestBody ProblemRequests.LinkCases request,
      CurrentUser user) {
    return service.linkCases(number, validation.valid(request), user);
  }

  @DeleteMapping("/api/problems/{number}/cases/{caseNumber}")
  @PreAuthorize(MANAGE)
  @Operation(summary = "Unlink a case from a problem", description = "404 when the problem does not link it, 409 "
      + "when the problem is closed.")
  public ProblemView unlink(@PathVariable String number, @PathVariable String caseNumber, CurrentUser user) {
    return service.unlinkCase(number, caseNumber, user);
  }

  @GetMapping("/api/problems/{number}")
  @Operation(summary = "A problem with its cases and timeline", description = "Supervisors, managers, auditors, "
      + "administrators; engineers the problems linking a case they work (404 for others').")
  public ProblemView get(@PathVariable String number, CurrentUser user) {
    return service.view(number, user);
  }

  @GetMapping("/api/problems")
  @Operation(summary = "Problems, newest first", description = "An engineer gets those linking a case they work.")
  public List<ProblemView.Summary> list(@RequestParam(required = false) ProblemStatus status,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit, CurrentUser user) {
    return service.list(status, limit, user);
  }
}

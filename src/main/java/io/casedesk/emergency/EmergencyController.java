package io.casedesk.emergency;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Emergency events (red flags). Staff declare them by hand (a P1 case that meets the emergency criteria gets one
 * automatically); staff and auditors read them in full, customers read their own company's status only. The
 * steps themselves (acknowledging, recovery, the root-cause report and its review) are tasks in Tasklist.
 */
@RestController
@Validated
@Tag(name = "Emergencies", description = "Red flags: declare them, follow them")
public class EmergencyController {

  /** {@code @PreAuthorize}: the staff of {@link EmergencyService#DECLARERS}. */
  static final String DECLARE = "hasAnyAuthority("
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.ADMINS + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.HOTLINE + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.ENGINEERS + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.SUPERVISORS + "', "
      + "'" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.MANAGERS + "')";

  private final EmergencyService service;
  private final RequestValidation validation;

  public EmergencyController(EmergencyService service, RequestValidation validation) {
    this.service = service;
    this.validation = validation;
  }

  @PostMapping("/api/emergencies")
  @PreAuthorize(DECLARE)
  @Operation(summary = "Declare a red flag", description = "For a case (caseNumber) or, for a network-wide event, "
      + "for none. 409 when the case already has an open red flag.")
  public ResponseEntity<EmergencyView> declare(@RequestBody EmergencyRequests.Declaration request, CurrentUser user) {
    return created(service.declare(validation.valid(request), user));
  }

  @PostMapping("/api/cases/{caseNumber}/emergency")
  @PreAuthorize(DECLARE)
  @Operation(summary = "Declare a case a red flag", description = "404 for an unknown case, 409 when it already "
      + "has an open red flag.")
  public ResponseEntity<EmergencyView> declareForCase(@PathVariable String caseNumber,
      @RequestBody EmergencyRequests.CaseDeclaration request, CurrentUser user) {
    return created(service.declareForCase(caseNumber, validation.valid(request), user));
  }

  @GetMapping("/api/emergencies/{number}")
  @Operation(summary = "A red flag", description = "Customers get the status and times of their own company's only.")
  public EmergencyView get(@PathVariable String number, CurrentUser user) {
    return service.view(number, user);
  }

  @GetMapping("/api/emergencies")
  @Operation(summary = "Red flags, newest first; customers see their company's only")
  public List<EmergencyView> list(@RequestParam(required = false) RedFlagStatus status,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit, CurrentUser user) {
    return service.list(status, limit, user);
  }

  private static ResponseEntity<EmergencyView> created(EmergencyView view) {
    return ResponseEntity.created(URI.create("/api/emergencies/" + view.redFlagNumber())).body(view);
  }
}

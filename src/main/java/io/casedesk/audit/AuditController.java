package io.casedesk.audit;

import io.casedesk.security.CurrentUser;
import io.casedesk.web.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Integrity of the case timelines")
public class AuditController {

  private final AuditVerifier verifier;

  public AuditController(AuditVerifier verifier) {
    this.verifier = verifier;
  }

  @GetMapping("/verify")
  @Operation(summary = "Check every case timeline's hash chain; reports the first broken link")
  public AuditVerifier.Report verify(CurrentUser user) {
    if (!user.isAuditor() && !user.isAdmin()) {
      throw new ForbiddenException("Only auditors and administrators verify the audit trail");
    }
    return verifier.verify();
  }
}

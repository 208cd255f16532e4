package io.casedesk.deployment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For admins before a release: which definitions analysts changed since processes/ and forms/ were deployed. */
@RestController
@RequestMapping("/api/admin/definitions")
@Tag(name = "Definitions", description = "Deployed diagrams, decision tables and forms")
public class DefinitionDriftController {

  private final DefinitionDrift drift;

  public DefinitionDriftController(DefinitionDrift drift) {
    this.drift = drift;
  }

  @GetMapping("/drift")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  @Operation(summary = "Definitions whose latest version differs from what processes/ and forms/ hold, "
      + "with who deployed it, from where and when, and the version that matches the file")
  public List<DefinitionDrift.Drift> drift() {
    return drift.list();
  }
}

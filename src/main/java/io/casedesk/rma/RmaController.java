package io.casedesk.rma;

import io.casedesk.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/rmas")
@Tag(name = "RMAs", description = "Spare-part replacements for confirmed hardware faults")
public class RmaController {

  /** Body of {@code POST /api/rmas/{id}/confirmation}. */
  public record Confirmation(@NotNull Boolean accept, @Size(max = 4000) String comment) {}

  private final RmaService service;

  public RmaController(RmaService service) {
    this.service = service;
  }

  @GetMapping("/{id}")
  @Operation(summary = "An RMA: status, part, serial numbers, vendor RMA, depot, dates, faulty-part return")
  public RmaView get(@PathVariable String id, CurrentUser user) {
    return service.view(id, user);
  }

  @PostMapping("/{id}/confirmation")
  @Operation(summary = "Confirm (accept=true) or refuse the spare-part request or the fix, whichever the RMA waits for",
      description = "The customer answers; staff may answer on the customer's behalf. A refusal sends the RMA back "
          + "to the engineer with the comment.")
  public RmaView confirm(@PathVariable String id, @Valid @RequestBody Confirmation confirmation, CurrentUser user) {
    return service.confirm(id, confirmation.accept(), confirmation.comment(), user);
  }
}

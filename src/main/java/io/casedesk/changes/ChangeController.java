package io.casedesk.changes;

import io.casedesk.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/changes")
@Tag(name = "Changes", description = "Plans to change, upgrade or optimise a customer's system, reviewed by the "
    + "expert group before they are carried out")
public class ChangeController {

  private final ChangeService service;

  public ChangeController(ChangeService service) {
    this.service = service;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Raise a change: staff from a case (a bug fixed by an upgrade, free), a customer for their "
      + "company (a paid upgrade, quoted first)")
  public ChangeView raise(@Valid @RequestBody ChangeRequests.RaiseChange request, CurrentUser user) {
    return service.raise(request, user);
  }

  @GetMapping
  @Operation(summary = "Change requests, newest first: a customer's own company's, all for staff and experts")
  public List<ChangeView.Summary> list(CurrentUser user) {
    return service.list(user);
  }

  @GetMapping("/{id}")
  @Operation(summary = "A change request: plan, window, quote, report; for staff also the experts' verdicts and "
      + "the timeline")
  public ChangeView get(@PathVariable String id, CurrentUser user) {
    return service.view(id, user);
  }

  @PostMapping("/{id}/approval")
  @Operation(summary = "The customer approves (approve=true) or refuses the plan and its quote",
      description = "Staff may answer on the customer's behalf. A refusal sends the plan back to its author with "
          + "the comment.")
  public ChangeView approve(@PathVariable String id, @Valid @RequestBody ChangeRequests.Approval approval,
      CurrentUser user) {
    return service.answer(id, approval.approve(), approval.comment(), user);
  }
}

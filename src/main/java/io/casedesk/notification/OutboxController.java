package io.casedesk.notification;

import io.casedesk.web.ConflictException;
import io.casedesk.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outbox for operators: what was sent, what waits, what FAILED and why. */
@RestController
@RequestMapping("/api/outbox")
@Validated
@Tag(name = "Outbox", description = "Notifications and their e-mail delivery")
public class OutboxController {

  static final String OPERATORS = "hasAnyAuthority('GROUP_camunda-admin', 'GROUP_supervisors', 'GROUP_managers')";

  private final OutboxMessages messages;

  public OutboxController(OutboxMessages messages) {
    this.messages = messages;
  }

  @GetMapping
  @PreAuthorize(OPERATORS)
  @Operation(summary = "Outbox messages, newest first, by status (PENDING, SENT, FAILED) and case")
  public OutboxMessages.Page list(
      @RequestParam(required = false) OutboxMessages.Status status,
      @RequestParam(required = false) String caseNumber,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return messages.page(status, caseNumber, page, size);
  }

  @PostMapping("/{id}/retry")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  @Operation(summary = "Send a FAILED message again, with fresh attempts")
  public OutboxMessages.Entry retry(@PathVariable long id) {
    OutboxMessages.Entry entry = messages.find(id).orElseThrow(() -> new NotFoundException("No outbox message " + id));
    if (!messages.retry(id)) {
      throw new ConflictException("Outbox message " + id + " is " + entry.status() + ", not FAILED");
    }
    return messages.find(id).orElseThrow();
  }
}

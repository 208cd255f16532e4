package io.casedesk.complaints;

import io.casedesk.process.EngineClock;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Complaints", description = "Raise complaints, answer the call-back, read the complaint figures")
public class ComplaintController {

  /** The default period of the figures: the last 30 days, today included. */
  private static final int DEFAULT_PERIOD_DAYS = 30;

  private final ComplaintService service;

  public ComplaintController(ComplaintService service) {
    this.service = service;
  }

  @PostMapping("/api/complaints")
  @Operation(summary = "Raise a complaint",
      description = "Returns the complaint id, its class, the department it went to and when the answer is due. "
          + "Without a class the hotline classifies it first; with a caseNumber it is about that case.")
  public ResponseEntity<ComplaintView> open(@Valid @RequestBody ComplaintRequests.OpenComplaint request,
      CurrentUser user) {
    return created(service.open(request, user));
  }

  @PostMapping("/api/cases/{caseNumber}/complaints")
  @Operation(summary = "Raise a complaint about a case", description = "As POST /api/complaints with the caseNumber.")
  public ResponseEntity<ComplaintView> openAboutCase(@PathVariable String caseNumber,
      @Valid @RequestBody ComplaintRequests.OpenComplaint request, CurrentUser user) {
    if (request.caseNumber() != null && !request.caseNumber().equals(caseNumber)) {
      throw new BadRequestException("caseNumber", "must be " + caseNumber + ", the case in the path");
    }
    return created(service.open(request.aboutCase(caseNumber), user));
  }

  @GetMapping("/api/complaints/{complaintId}")
  @Operation(summary = "A complaint with its answer, call-back and timeline")
  public ComplaintView get(@PathVariable String complaintId, CurrentUser user) {
    return service.view(complaintId, user);
  }

  @GetMapping("/api/complaints")
  @Operation(summary = "Complaints, newest first; customers see their company's only")
  public ComplaintView.Page list(
      @RequestParam(required = false) ComplaintStatus status,
      @RequestParam(required = false) @Parameter(example = "billing") String complaintClass,
      @RequestParam(required = false) @Parameter(example = "Accounts") String department,
      @RequestParam(required = false) @Parameter(description = "customer company") String company,
      @RequestParam(required = false) String caseNumber,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
      CurrentUser user) {
    return service.search(new ComplaintRepository.ComplaintFilter(status, complaintClass, department, company,
        caseNumber), page, size, user);
  }

  @GetMapping("/api/complaints/stats")
  @Operation(summary = "Complaint figures of a period",
      description = "Complaints received, and over those closed in the period: time to the first answer (mean, "
          + "median), share answered in the committed time, satisfaction at the call-back, share reopened. Days in "
          + "UTC, both included; the default period is the last 30 days. Customers get their company's figures.")
  public ComplaintStats stats(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      @Parameter(example = "2026-03-01") LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      @Parameter(example = "2026-03-31") LocalDate to,
      @RequestParam(required = false) @Parameter(description = "customer company") String company,
      CurrentUser user) {
    LocalDate until = to != null ? to : EngineClock.now().atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate since = from != null ? from : until.minusDays(DEFAULT_PERIOD_DAYS - 1);
    return service.stats(since, until, company, user);
  }

  @PostMapping("/api/complaints/{complaintId}/satisfaction")
  @Operation(summary = "Answer the call-back: is the customer satisfied with the answer (score 1-5)",
      description = "Not satisfied the first time, the department investigates again; the second time, "
          + "management settles the complaint.")
  public ComplaintView satisfaction(@PathVariable String complaintId,
      @Valid @RequestBody ComplaintRequests.Satisfaction satisfaction, CurrentUser user) {
    return service.answerCallBack(complaintId, satisfaction, user);
  }

  /** 201, or 202 when the complaint is registered but its routing failed and waits for a retry. */
  private static ResponseEntity<ComplaintView> created(ComplaintView complaint) {
    URI location = URI.create("/api/complaints/" + complaint.complaintId());
    List<ComplaintTimeline.Event> timeline = complaint.timeline();
    boolean routingDelayed = !timeline.isEmpty()
        && timeline.get(timeline.size() - 1).kind() == ComplaintEventKind.ROUTING_DELAYED;
    return routingDelayed ? ResponseEntity.accepted().location(location).body(complaint)
        : ResponseEntity.created(location).body(complaint);
  }
}

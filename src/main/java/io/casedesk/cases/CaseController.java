package io.casedesk.cases;

import io.casedesk.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.casedesk.web.BadRequestException;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Validated
@Tag(name = "Cases", description = "Open, follow and answer support cases")
public class CaseController {

  /** A user id in a filter: letters, digits and {@code . _ @ + -} (an e-mail address for cases opened by mail). */
  private static final Pattern USER = Pattern.compile("[\\p{L}\\p{N}._@+-]{1,320}");

  private final SupportCaseService service;

  public CaseController(SupportCaseService service) {
    this.service = service;
  }

  @PostMapping
  @Operation(summary = "Open a case", description = "201 with the case number, priority, queue, status and SLA due"
      + " times. 202 when the case is registered (it has its number, status NEW) but triage failed: its timeline says"
      + " the priority follows shortly, and the desk retries triage.")
  public ResponseEntity<CaseView> open(@Valid @RequestBody CaseRequests.OpenCase request, CurrentUser user) {
    CaseView opened = service.open(request, user);
    if (opened.status() == CaseStatus.NEW) {
      // registered, triage failed and waits for its retry: the timeline says what happens next
      return ResponseEntity.accepted().location(URI.create("/api/cases/" + opened.caseNumber())).body(opened);
    }
    return ResponseEntity.created(URI.create("/api/cases/" + opened.caseNumber())).body(opened);
  }

  @GetMapping("/{caseNumber}")
  @Operation(summary = "A case with its SLA, action plan and timeline")
  public CaseView get(@PathVariable String caseNumber, CurrentUser user) {
    return service.view(caseNumber, user);
  }

  @GetMapping
  @Operation(summary = "Cases, newest first; customers see their company's only",
      description = "Every filter narrows the list; a customer's list stays within their company's cases.")
  public CaseView.Page list(
      @RequestParam(required = false) @Parameter(description = "one status or several, comma-separated or repeated",
          example = "WAITING_CUSTOMER,RESOLVED") List<String> status,
      @RequestParam(required = false) @Parameter(example = "P1") String priority,
      @RequestParam(required = false) @Parameter(example = "operational-problems") String queue,
      @RequestParam(required = false) @Parameter(description = "customer company") String customer,
      @RequestParam(required = false) @Parameter(description = "who opened the case: `me` or a user id",
          example = "me") String openedBy,
      @RequestParam(required = false) @Parameter(description = "the case's engineer (its assignee, also while it "
          + "waits for the customer): `me` or a user id", example = "me") String engineer,
      @RequestParam(required = false) @Parameter(description = "text found in the case number, subject or "
          + "description, ignoring case", example = "router") String q,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
      CurrentUser user) {
    var filter = new CaseRepository.CaseFilter(statuses(status), priority, queue, customer,
        person("openedBy", openedBy, user), person("engineer", engineer, user), q);
    return service.search(filter, page, size, user);
  }

  /** {@code status=OPEN,IN_PROGRESS} or {@code status=OPEN&status=IN_PROGRESS}; none: every status. */
  static Set<CaseStatus> statuses(List<String> values) {
    if (values == null) {
      return Set.of();
    }
    Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
    for (String value : values) {
      for (String name : value.split(",")) {
        String trimmed = name.trim();
        if (trimmed.isEmpty()) {
          continue;
        }
        try {
          statuses.add(CaseStatus.valueOf(trimmed.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new BadRequestException("status", "invalid value '" + trimmed + "'; expected one or more of "
              + Arrays.stream(CaseStatus.values()).map(Enum::name).collect(Collectors.joining(", "))
              + ", separated by commas");
        }
      }
    }
    return statuses;
  }

  /** {@code me} is the caller; anything else a user id (or, for cases opened by e-mail, the sender's address). */
  static String person(String parameter, String value, CurrentUser user) {
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    if (trimmed.equalsIgnoreCase("me")) {
      return user.userId();
    }
    if (!USER.matcher(trimmed).matches()) {
      throw new BadRequestException(parameter, "invalid value '" + value + "'; expected me or a user id "
          + "(letters, digits and . _ @ + -, at most 320 characters)");
    }
    return trimmed;
  }

  @PostMapping("/{caseNumber}/messages")
  @Operation(summary = "Write to a case",
      description = "A customer's message wakes a case waiting for them, rejects a proposed solution, or reopens a "
          + "closed case (a follow-up case after the reopen window). Returns the case the message landed in.")
  public ResponseEntity<CaseView> message(@PathVariable String caseNumber,
      @Valid @RequestBody CaseRequests.Message message, CurrentUser user) {
    return ResponseEntity.accepted().body(service.postMessage(caseNumber, message.text(), user));
  }

  @PostMapping("/{caseNumber}/escalation")
  @Operation(summary = "Ask the duty manager to intervene", description = "A manager must call back within 30 minutes.")
  public ResponseEntity<CaseView> escalate(@PathVariable String caseNumber,
      @Valid @RequestBody CaseRequests.Escalation escalation, CurrentUser user) {
    return ResponseEntity.accepted().body(service.requestDutyManager(caseNumber, escalation.reason(), user));
  }

  @PostMapping("/{caseNumber}/closure")
  @Operation(summary = "Confirm (accept=true) or reject the proposed solution")
  public CaseView closure(@PathVariable String caseNumber, @Valid @RequestBody CaseRequests.Closure closure,
      CurrentUser user) {
    return service.answerClosure(caseNumber, closure.accept(), closure.comment(), user);
  }

  @PostMapping("/{caseNumber}/survey")
  @Operation(summary = "Answer the satisfaction survey of a closed case (score 1-5)")
  public CaseView survey(@PathVariable String caseNumber, @Valid @RequestBody CaseRequests.Survey survey,
      CurrentUser user) {
    return service.answerSurvey(caseNumber, survey.score(), survey.comment(), user);
  }
}

package io.casedesk.maintenance;

import io.casedesk.cases.CaseAccess;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.ForbiddenException;
import io.casedesk.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Maintenance inspections and their reports, with the access rules of cases: staff and auditors read every
 * company's, a customer their own company's; another company's inspection answers as one that does not exist.
 */
@RestController
@RequestMapping("/api/inspections")
@Tag(name = "Inspections", description = "Maintenance inspections of the registered systems and their reports")
public class InspectionController {

  private static final int LIST_LIMIT = 200;

  private final Inspections inspections;
  private final CaseAccess access;

  public InspectionController(Inspections inspections, CaseAccess access) {
    this.inspections = inspections;
    this.access = access;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Inspections, newest first (at most 200); customers get their own company's only")
  public List<Inspection> list(@RequestParam(required = false) String company, CurrentUser user) {
    return inspections.list(scope(company, user), LIST_LIMIT);
  }

  @GetMapping(value = "/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "One inspection: its status and what was found on each system")
  public Inspection get(@PathVariable String number, CurrentUser user) {
    String company = scope(null, user);
    return inspections.find(number)
        .filter(inspection -> company == null || Objects.equals(inspection.company(), company))
        .orElseThrow(() -> new NotFoundException("Inspection " + number + " not found"));
  }

  @GetMapping(value = "/{number}", produces = "text/csv")
  @Operation(summary = "The same report as CSV, one row per system")
  public String csv(@PathVariable String number, CurrentUser user) {
    return InspectionCsv.of(get(number, user));
  }

  @GetMapping("/{number}.csv")
  @Operation(summary = "The report's CSV as a download (Content-Disposition: attachment)")
  public ResponseEntity<String> download(@PathVariable String number, CurrentUser user) {
    String body = csv(number, user);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("inspection-" + number + ".csv").build().toString())
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(body);
  }

  /** Staff see any company (or all); a customer sees their own company, whatever they ask for. */
  private String scope(String requested, CurrentUser user) {
    if (user.readsAllCases()) {
      return requested == null || requested.isBlank() ? null : requested.strip();
    }
    if (!user.isCustomer()) {
      throw new ForbiddenException("Your role may not read inspections");
    }
    return access.companyOf(user);
  }
}

package io.casedesk.rma;

import static io.casedesk.security.CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX;

import io.casedesk.security.CasedeskGroups;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.BadRequestException;
import io.casedesk.web.ConflictException;
import io.casedesk.web.ForbiddenException;
import io.casedesk.web.InvalidField;
import io.casedesk.web.NotFoundException;
import io.casedesk.web.RequestValidation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The spare stock per depot and part number. Staff and auditors read it; the RMA desk and administrators set
 * it. Issuing parts to RMAs happens in the RMA process, never here.
 */
@RestController
@RequestMapping("/api/spares")
@Tag(name = "Spare stock", description = "Spare parts per depot, for RMAs")
public class SpareController {

  static final String DEPOT = "[A-Za-z0-9-]{2,64}";
  static final String PART = "[A-Za-z0-9./-]{1,100}";

  /** {@code @PreAuthorize}: the RMA desk and administrators. */
  static final String WRITE = "hasAnyAuthority('" + GROUP_AUTHORITY_PREFIX + CasedeskGroups.ADMINS + "', '"
      + GROUP_AUTHORITY_PREFIX + CasedeskGroups.RMA_DESK + "')";

  /** Body of {@code POST /api/spares}. */
  public record NewStock(
      @NotBlank @Pattern(regexp = DEPOT, message = "must be 2 to 64 letters, digits or hyphens, e.g. BUD-1") String depot,
      @NotBlank @Pattern(regexp = PART, message = "must be 1 to 100 letters, digits or - / .") String partNumber,
      @Size(max = 300) String description,
      @NotNull @Min(0) @Max(1_000_000) Integer quantity) {}

  /** Body of {@code PUT /api/spares/{depot}/{partNumber}}. */
  public record StockLevel(@Size(max = 300) String description, @NotNull @Min(0) @Max(1_000_000) Integer quantity) {}

  private final SpareStock stock;
  private final RequestValidation validation;

  public SpareController(SpareStock stock, RequestValidation validation) {
    this.stock = stock;
    this.validation = validation;
  }

  @GetMapping
  @Operation(summary = "Stock lines by part number and depot; filter by part and/or depot")
  public List<SpareStock.Line> list(@RequestParam(required = false) String part,
      @RequestParam(required = false) String depot, CurrentUser user) {
    requireStaff(user);
    return stock.search(blankToNull(part), blankToNull(depot));
  }

  @GetMapping("/{depot}/{partNumber}")
  @Operation(summary = "One stock line")
  public SpareStock.Line get(@PathVariable String depot, @PathVariable String partNumber, CurrentUser user) {
    requireStaff(user);
    return stock.find(depot, partNumber).orElseThrow(() -> notFound(depot, partNumber));
  }

  @PostMapping
  @PreAuthorize(WRITE)
  @Operation(summary = "Add a part to a depot's stock; 409 when the depot already stocks it")
  public ResponseEntity<SpareStock.Line> create(@RequestBody NewStock body, CurrentUser user) {
    validation.valid(body);
    var line = new SpareStock.Line(body.depot(), body.partNumber(), blankToNull(body.description()), body.quantity(),
        user.userId(), null);
    if (!stock.create(line)) {
      throw new ConflictException("Depot " + body.depot() + " already stocks part " + body.partNumber()
          + "; set its quantity with PUT /api/spares/" + body.depot() + "/" + body.partNumber());
    }
    return ResponseEntity.created(URI.create("/api/spares/" + body.depot() + "/" + body.partNumber()))
        .body(stock.find(body.depot(), body.partNumber()).orElseThrow());
  }

  @PutMapping("/{depot}/{partNumber}")
  @PreAuthorize(WRITE)
  @Operation(summary = "Set how many of a part a depot holds (after a count, a delivery, a refill)")
  public ResponseEntity<SpareStock.Line> set(@PathVariable String depot, @PathVariable String partNumber,
      @RequestBody StockLevel body, CurrentUser user) {
    validation.valid(body);
    List<InvalidField> errors = new ArrayList<>();
    if (!depot.matches(DEPOT)) {
      errors.add(new InvalidField("depot", "must be 2 to 64 letters, digits or hyphens, e.g. BUD-1"));
    }
    if (!partNumber.matches(PART)) {
      errors.add(new InvalidField("partNumber", "must be 1 to 100 letters, digits or - / ."));
    }
    if (!errors.isEmpty()) {
      throw new BadRequestException(errors);
    }
    boolean created = stock.set(new SpareStock.Line(depot, partNumber, blankToNull(body.description()),
        body.quantity(), user.userId(), null));
    SpareStock.Line line = stock.find(depot, partNumber).orElseThrow();
    return created
        ? ResponseEntity.created(URI.create("/api/spares/" + depot + "/" + partNumber)).body(line)
        : ResponseEntity.ok(line);
  }

  private static void requireStaff(CurrentUser user) {
    if (!user.readsAllCases()) {
      throw new ForbiddenException("Only staff may see the spare stock");
    }
  }

  private static NotFoundException notFound(String depot, String partNumber) {
    return new NotFoundException("Depot " + depot + " does not stock part " + partNumber);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

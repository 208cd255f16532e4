package io.casedesk.knowledge;

import io.casedesk.security.CurrentUser;
import io.casedesk.web.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(value = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Knowledge base", description = "Articles written from closed cases: search, similar articles for a"
    + " case, use on a case, customers' \"this solved my problem\", revisions")
public class KnowledgeController {

  static final int MAX_LIMIT = 50;
  static final int MAX_QUERY = 4000;

  private final KnowledgeService knowledge;

  public KnowledgeController(KnowledgeService knowledge) {
    this.knowledge = knowledge;
  }

  /** The case an agent used an article on. */
  public record UseRequest(String caseNumber) {}

  @GetMapping
  @Operation(summary = "Published articles, best match for q first (newest without q); staff may ask for another"
      + " status (PROPOSED, REJECTED, DECLINED); customers get customer-visible ones only")
  public List<ArticleViews.Summary> list(@RequestParam(required = false) String q,
      @RequestParam(required = false) String product, @RequestParam(required = false) String category,
      @RequestParam(required = false) String status, @RequestParam(defaultValue = "20") int limit, CurrentUser user) {
    return knowledge.list(query(q), blankToNull(product), blankToNull(category), status(status), limit(limit), user);
  }

  @GetMapping("/search")
  @Operation(summary = "Full-text search over published articles and closed cases (customers: customer-visible"
      + " articles, their company's cases), ranked, filtered by product and category")
  public ArticleViews.SearchResult search(@RequestParam(required = false) String q,
      @RequestParam(required = false) String product, @RequestParam(required = false) String category,
      @RequestParam(defaultValue = "10") int limit, CurrentUser user) {
    return knowledge.search(query(q), blankToNull(product), blankToNull(category), limit(limit), user);
  }

  @GetMapping("/similar")
  @Operation(summary = "The published articles most like a case (its subject and description), for its task")
  public List<ArticleViews.Summary> similar(@RequestParam("case") String caseNumber,
      @RequestParam(defaultValue = "5") int limit, CurrentUser user) {
    if (caseNumber == null || caseNumber.isBlank()) {
      throw new BadRequestException("case", "must name a case, e.g. CS-2026-000042");
    }
    return knowledge.similar(caseNumber.strip(), limit(limit), user);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One article; staff also read its versions (who wrote, who published) and its cases")
  public ArticleViews.Detail detail(@PathVariable long id, CurrentUser user) {
    return knowledge.detail(id, user);
  }

  @PostMapping(value = "/{id}/uses", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "\"This helped\": an agent used the article on a case (linked and counted once)")
  public ResponseEntity<ArticleViews.Use> use(@PathVariable long id, @RequestBody(required = false) UseRequest body,
      CurrentUser user) {
    if (body == null || body.caseNumber() == null || body.caseNumber().isBlank()) {
      throw new BadRequestException("caseNumber", "must name the case the article helped on");
    }
    ArticleViews.Use use = knowledge.helped(id, body.caseNumber().strip(), user);
    return use.recorded() ? ResponseEntity.created(URI.create("/api/articles/" + id)).body(use)
        : ResponseEntity.ok(use);
  }

  @PostMapping("/{id}/solved")
  @Operation(summary = "A customer's \"This solved my problem\": counted; no case is opened or closed")
  public ArticleViews.Solved solved(@PathVariable long id, CurrentUser user) {
    return knowledge.solved(id, user);
  }

  @PostMapping("/{id}/revisions")
  @Operation(summary = "Revise a published article: a proposal task for the caller, then the supervisors' review")
  public ResponseEntity<ArticleViews.Revision> revise(@PathVariable long id, CurrentUser user) {
    return ResponseEntity.status(201).body(knowledge.revise(id, user));
  }

  private static String query(String q) {
    if (q != null && q.length() > MAX_QUERY) {
      throw new BadRequestException("q", "must be at most " + MAX_QUERY + " characters");
    }
    return q;
  }

  private static int limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequestException("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return limit;
  }

  private static ArticleStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return ArticleStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("status", "must be one of PROPOSED, PUBLISHED, REJECTED, DECLINED");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

package io.casedesk.knowledge;

import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.SupportCase;
import io.casedesk.security.CasedeskGroups;
import io.casedesk.security.CurrentUser;
import io.casedesk.web.ConflictException;
import io.casedesk.web.ForbiddenException;
import io.casedesk.web.NotFoundException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base as each role may use it: staff (and auditors) read every article in any status and every
 * closed case; customers read published customer-visible articles and their own company's closed cases, and an
 * internal or unpublished article answers them as one that does not exist (404). Agents record that an article
 * helped on a case they may act on; customers say one solved their problem; engineers and supervisors revise a
 * published article through the review of {@code knowledge-article}.
 */
@Service
public class KnowledgeService {

  private final ArticleRepository articles;
  private final TextSearch search;
  private final CaseAccess caseAccess;
  private final ArticleProposals proposals;
  private final ProcessEngine engine;

  public KnowledgeService(ArticleRepository articles, TextSearch search, CaseAccess caseAccess,
      ArticleProposals proposals, ProcessEngine engine) {
    this.articles = articles;
    this.search = search;
    this.caseAccess = caseAccess;
    this.proposals = proposals;
    this.engine = engine;
  }

  @Transactional(readOnly = true)
  public List<ArticleViews.Summary> list(String q, String product, String category, ArticleStatus status, int limit,
      CurrentUser user) {
    boolean customer = requireReader(user);
    if (customer && status != null && status != ArticleStatus.PUBLISHED) {
      throw new ForbiddenException("Your role may read published articles only");
    }
    SearchTerms terms = SearchTerms.of(q);
    if (!terms.isEmpty() && (status == null || status == ArticleStatus.PUBLISHED)) {
      return search.articles(terms, new TextSearch.Scope(customer, product, category, null, null), limit).stream()
          .map(hit -> summary(hit.article(), hit.rank(), null)).toList();
    }
    return articles.list(status == null ? ArticleStatus.PUBLISHED : status, customer, product, category, limit)
        .stream().map(a -> summary(a, null, null)).toList();
  }

  @Transactional(readOnly = true)
  public ArticleViews.SearchResult search(String q, String product, String category, int limit, CurrentUser user) {
    boolean customer = requireReader(user);
    String company = customer ? caseAccess.companyOf(user) : null;
    SearchTerms terms = SearchTerms.of(q);
    TextSearch.Scope scope = new TextSearch.Scope(customer, product, category, company, null);
    return new ArticleViews.SearchResult(terms.text(),
        search.articles(terms, scope, limit).stream().map(hit -> summary(hit.article(), hit.rank(), null)).toList(),
        search.closedCases(terms, scope, limit).stream().map(hit -> new ArticleViews.CaseResult(hit.caseNumber(),
            hit.subject(), hit.product(), hit.category(), hit.solution(), hit.closedAt(), hit.rank())).toList());
  }

  /** The published articles most like the case (its subject and description), those written from it left out. */
  @Transactional(readOnly = true)
  public List<ArticleViews.Summary> similar(String caseNumber, int limit, CurrentUser user) {
    SupportCase supportCase = caseAccess.readable(caseNumber, user);
    boolean customer = user.isCustomer();
    SearchTerms terms = SearchTerms.of(supportCase.subject() + " " + (supportCase.description() == null ? ""
        : supportCase.description()));
    Set<Long> helped = new HashSet<>(articles.helpedOn(caseNumber));
    return search.articles(terms, new TextSearch.Scope(customer, null, null, null, caseNumber), limit).stream()
        .map(hit -> summary(hit.article(), hit.rank(), helped.contains(hit.article().id()))).toList();
  }

  @Transactional(readOnly = true)
  public ArticleViews.Detail detail(long id, CurrentUser user) {
    boolean customer = requireReader(user);
    Article a = readable(id, customer);
    ArticleRepository.Counts counts = articles.counts(id);
    return new ArticleViews.Detail(a.id(), a.title(), a.symptom(), a.cause(), a.solution(), a.product(),
        a.category(), a.visibility().word(), a.status().name(), a.version(), a.publishedAt(), a.updatedAt(),
        counts.helpedCases(), counts.solvedForCustomers(),
        customer ? null : a.author(), customer ? null : a.sourceCase(), customer ? null : a.reviewComment(),
        customer ? null : articles.versions(id), customer ? null : articles.links(id));
  }

  /** An agent used the article on the case ("This helped"): linked once, counted once. */
  @Transactional
  public ArticleViews.Use helped(long id, String caseNumber, CurrentUser user) {
    if (user.isCustomer()) {
      throw new ForbiddenException("Your role may not record the use of an article on a case; say whether it solved"
          + " your problem instead");
    }
    SupportCase supportCase = caseAccess.actionable(caseNumber, user);
    Article a = readable(id, false);
    if (a.status() != ArticleStatus.PUBLISHED) {
      throw new ConflictException("Article " + id + " is not published");
    }
    boolean recorded = articles.link(id, supportCase.caseNumber(), ArticleRepository.Link.HELPED, user.userId());
    return new ArticleViews.Use(id, supportCase.caseNumber(), recorded, articles.counts(id).helpedCases());
  }

  /** A customer says the article solved their problem: counted, nothing else happens. */
  @Transactional
  public ArticleViews.Solved solved(long id, CurrentUser user) {
    if (!user.isCustomer()) {
      throw new ForbiddenException("Only customers say whether an article solved their problem");
    }
    String company = caseAccess.companyOf(user);
    readable(id, true);
    articles.solved(id, user.userId(), company);
    return new ArticleViews.Solved(id, articles.counts(id).solvedForCustomers());
  }

  /** An engineer or supervisor revises a published article: the same proposal and review as a new one. */
  @Transactional
  public ArticleViews.Revision revise(long id, CurrentUser user) {
    if (!user.isAdmin() && !user.groups().contains(CasedeskGroups.ENGINEERS)
        && !user.groups().contains(CasedeskGroups.SUPERVISORS)) {
      throw new ForbiddenException("Only engineers and supervisors revise articles");
    }
    Article a = readable(id, false);
    if (a.status() != ArticleStatus.PUBLISHED) {
      throw new ConflictException("Article " + id + " is not published; its proposal is still under review");
    }
    String key = ArticleProposals.businessKey(id);
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
        .processDefinitionKey(KnowledgeVariables.PROCESS_KEY).count() > 0) {
      throw new ConflictException("Article " + id + " is already being revised or reviewed");
    }
    proposals.revise(engine, a, user.userId());
    return new ArticleViews.Revision(id, key);
  }

  /** Whether the reader is a customer; 403 for roles that read no article (analysts, monitoring). */
  private static boolean requireReader(CurrentUser user) {
    if (user.readsAllCases()) {
      return false;
    }
    if (user.isCustomer()) {
      return true;
    }
    throw new ForbiddenException("Your role may not read articles");
  }

  /** The article if the reader may see it: customers only published customer-visible ones, the rest is 404. */
  private Article readable(long id, boolean customer) {
    return articles.find(id).filter(a -> !customer || a.customerVisible())
        .orElseThrow(() -> new NotFoundException("Article " + id + " not found"));
  }

  private ArticleViews.Summary summary(Article a, Double rank, Boolean helpedThisCase) {
    ArticleRepository.Counts counts = articles.counts(a.id());
    return new ArticleViews.Summary(a.id(), a.title(), a.symptom(), a.solution(), a.product(), a.category(),
        a.visibility().word(), a.status().name(), a.version(), a.publishedAt(), rank, counts.helpedCases(),
        counts.solvedForCustomers(), helpedThisCase);
  }
}

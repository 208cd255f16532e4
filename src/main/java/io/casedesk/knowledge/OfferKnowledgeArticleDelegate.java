package io.casedesk.knowledge;

import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.cases.CaseRepository;
import io.casedesk.cases.SupportCase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step of {@code case-handling} once the customer has accepted the solution: offers the case's engineer a
 * knowledge article written from the case ({@code knowledge-article}, its proposal form filled in from the case).
 * A case already proposed as an article (closed again after a reopening) is not offered twice.
 */
@Component("offerKnowledgeArticle")
public class OfferKnowledgeArticleDelegate implements JavaDelegate {

  static final String CASE_ENGINEER = "caseEngineer";

  private final CaseRepository cases;
  private final ArticleRepository articles;
  private final ArticleProposals proposals;

  public OfferKnowledgeArticleDelegate(CaseRepository cases, ArticleRepository articles,
      ArticleProposals proposals) {
    this.cases = cases;
    this.articles = articles;
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    SupportCase supportCase = cases.get(caseNumber);
    if (supportCase.solution() == null || supportCase.solution().isBlank()
        || !articles.fromCase(caseNumber).isEmpty()) {
      return;
    }
    String engineer = string(execution, CASE_ENGINEER);
    proposals.propose(execution.getProcessEngineServices(), supportCase,
        engineer != null ? engineer : supportCase.assignee());
  }
}

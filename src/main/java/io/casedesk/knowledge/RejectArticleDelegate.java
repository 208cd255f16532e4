package io.casedesk.knowledge;

import static io.casedesk.knowledge.KnowledgeVariables.REVIEW_COMMENT;
import static io.casedesk.process.ProcessVariables.string;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reviewer rejected the proposal, with the reason; a rejected revision leaves the published article as it is. */
@Component("rejectArticle")
public class RejectArticleDelegate implements JavaDelegate {

  private final ArticleRepository articles;

  public RejectArticleDelegate(ArticleRepository articles) {
    this.articles = articles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    articles.ended(ArticleDrafts.articleId(execution), ArticleStatus.REJECTED, string(execution, REVIEW_COMMENT));
  }
}

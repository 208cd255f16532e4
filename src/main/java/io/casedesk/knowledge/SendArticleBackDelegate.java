package io.casedesk.knowledge;

import static io.casedesk.knowledge.KnowledgeVariables.REVIEW_COMMENT;
import static io.casedesk.process.ProcessVariables.string;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reviewer sent the article back: its row keeps the comment, which the author's form shows. */
@Component("sendArticleBack")
public class SendArticleBackDelegate implements JavaDelegate {

  private final ArticleRepository articles;

  public SendArticleBackDelegate(ArticleRepository articles) {
    this.articles = articles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    articles.sentBack(ArticleDrafts.articleId(execution), string(execution, REVIEW_COMMENT));
  }
}

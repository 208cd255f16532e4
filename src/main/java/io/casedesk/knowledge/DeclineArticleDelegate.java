package io.casedesk.knowledge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The engineer chose not to write the article (or the revision): nothing is published. */
@Component("declineArticle")
public class DeclineArticleDelegate implements JavaDelegate {

  private final ArticleRepository articles;

  public DeclineArticleDelegate(ArticleRepository articles) {
    this.articles = articles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    articles.ended(ArticleDrafts.articleId(execution), ArticleStatus.DECLINED, null);
  }
}

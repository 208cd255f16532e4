package io.casedesk.knowledge;

import static io.casedesk.knowledge.KnowledgeVariables.*;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publishes the reviewed draft as the article's next version, keeping who wrote it and who published it. */
@Component("publishArticle")
public class PublishArticleDelegate implements JavaDelegate {

  private final ArticleRepository articles;

  public PublishArticleDelegate(ArticleRepository articles) {
    this.articles = articles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String author = string(execution, AUTHOR);
    articles.publish(ArticleDrafts.articleId(execution), ArticleDrafts.of(execution),
        author == null ? Actors.SYSTEM : author, Actors.of(execution, REVIEWER));
  }
}

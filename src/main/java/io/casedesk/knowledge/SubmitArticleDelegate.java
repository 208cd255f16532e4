package io.casedesk.knowledge;

import static io.casedesk.knowledge.KnowledgeVariables.*;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The author proposed the article: whoever completed the proposal is its author from now on, a first proposal's
 * draft is kept on its row (a published article's revision stays in the process until published), and the last
 * review's decision and comment are cleared so the next review starts empty.
 */
@Component("submitArticle")
public class SubmitArticleDelegate implements JavaDelegate {

  private final ArticleRepository articles;

  public SubmitArticleDelegate(ArticleRepository articles) {
    this.articles = articles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(AUTHOR, Actors.of(execution, AUTHOR));
    articles.saveDraft(ArticleDrafts.articleId(execution), ArticleDrafts.of(execution));
    execution.removeVariable(REVIEW_DECISION);
    execution.removeVariable(REVIEW_COMMENT);
  }
}

package io.casedesk.knowledge;

import io.casedesk.cases.SupportCase;
import io.casedesk.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Starts {@code knowledge-article}: a proposal from a closed case, or a revision of a published article. */
@Component
public class ArticleProposals {

  private final ArticleRepository articles;

  public ArticleProposals(ArticleRepository articles) {
    this.articles = articles;
  }

  /** The draft a closed case gives: its subject, description, solution, product and category; internal at first. */
  static Article.Draft fromCase(SupportCase supportCase) {
    return new Article.Draft(supportCase.subject(), supportCase.description(), null, supportCase.solution(),
        supportCase.product(), supportCase.category(), Visibility.INTERNAL);
  }

  /** A proposal from the case for its engineer; returns the article's id. */
  public long propose(ProcessEngineServices engine, SupportCase supportCase, String author) {
    Article.Draft draft = fromCase(supportCase);
    long id = articles.propose(draft, author == null ? Actors.SYSTEM : author, supportCase.caseNumber());
    start(engine, id, ArticleDrafts.variables(id, supportCase.caseNumber(), author, draft));
    return id;
  }

  /** A revision of a published article by {@code author}, from its current version. */
  public ProcessInstance revise(ProcessEngineServices engine, Article article, String author) {
    return start(engine, article.id(), ArticleDrafts.variables(article.id(), article.sourceCase(), author,
        article.draft()));
  }

  public static String businessKey(long articleId) {
    return "KB-" + articleId;
  }

  private static ProcessInstance start(ProcessEngineServices engine, long id, Map<String, Object> variables) {
    // the process starts it, not the user whose step got here: no start permission needed
    if (Context.getCommandContext() != null) {
      return Context.getCommandContext().runWithoutAuthorization(() -> engine.getRuntimeService()
          .startProcessInstanceByKey(KnowledgeVariables.PROCESS_KEY, businessKey(id), variables));
    }
    return engine.getRuntimeService().startProcessInstanceByKey(KnowledgeVariables.PROCESS_KEY, businessKey(id),
        variables);
  }
}

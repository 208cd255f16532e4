package io.casedesk.knowledge;

import static io.casedesk.knowledge.KnowledgeVariables.*;
import static io.casedesk.process.ProcessVariables.string;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** An article's draft as the process keeps it: the variables the proposal and review forms edit. */
final class ArticleDrafts {

  private ArticleDrafts() {}

  static Article.Draft of(VariableScope scope) {
    return new Article.Draft(text(scope, TITLE), text(scope, SYMPTOM), text(scope, CAUSE), text(scope, SOLUTION),
        text(scope, PRODUCT), text(scope, CATEGORY), Visibility.of(scope.getVariable(VISIBILITY)));
  }

  /** The variables that start {@code knowledge-article} with the draft in its forms. */
  static Map<String, Object> variables(long articleId, String caseNumber, String author, Article.Draft draft) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ARTICLE_ID, articleId);
    variables.put(CASE_NUMBER, caseNumber);
    variables.put(AUTHOR, author);
    variables.put(TITLE, draft.title());
    variables.put(SYMPTOM, draft.symptom());
    variables.put(CAUSE, draft.cause());
    variables.put(SOLUTION, draft.solution());
    variables.put(PRODUCT, draft.product());
    variables.put(CATEGORY, draft.category());
    variables.put(VISIBILITY, draft.visibility().word());
    return variables;
  }

  static long articleId(VariableScope scope) {
    Object id = scope.getVariable(ARTICLE_ID);
    return id instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(id));
  }

  private static String text(VariableScope scope, String name) {
    String value = string(scope, name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}

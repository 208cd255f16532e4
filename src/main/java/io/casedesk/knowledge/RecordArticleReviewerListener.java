package io.casedesk.knowledge;

import static io.casedesk.knowledge.KnowledgeVariables.REVIEWER;

import io.casedesk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Remembers the supervisor who completed the review: the publisher of the version it publishes. */
@Component("recordArticleReviewer")
public class RecordArticleReviewerListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariable(REVIEWER, Actors.of(task));
  }
}

package io.casedesk.knowledge;

import static io.casedesk.knowledge.KnowledgeVariables.*;
import static io.casedesk.process.ProcessVariables.string;

import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.NotificationPort;
import io.casedesk.security.CasedeskGroups;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A proposed article has waited too long for its review (the diagram's timer): the supervisors are reminded. */
@Component("remindArticleReviewers")
public class RemindArticleReviewersDelegate implements JavaDelegate {

  private final NotificationPort notifications;

  public RemindArticleReviewersDelegate(NotificationPort notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("article", ArticleProposals.businessKey(ArticleDrafts.articleId(execution)));
    data.put("subject", string(execution, TITLE));
    data.put("proposedBy", string(execution, AUTHOR));
    data.put("fromCase", string(execution, CASE_NUMBER));
    notifications.send(Notification.toGroup(NotificationKind.ARTICLE_REVIEW_OVERDUE, string(execution, CASE_NUMBER),
        CasedeskGroups.SUPERVISORS, data));
  }
}

package io.casedesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.casedesk.support.DiagramTestSupport;
import io.casedesk.support.StandIn;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * knowledge-article.bpmn on the in-memory engine: the engineer proposes or declines, a supervisor publishes,
 * sends back (to the author's task again, with the comment) or rejects; an overdue review reminds the supervisors
 * once, after the diagram's two days, and stays open.
 */
@Deployment(resources = "processes/knowledge-article.bpmn")
class KnowledgeArticleDiagramTest extends DiagramTestSupport {

  StandIn submit;
  StandIn publish;
  StandIn sendBack;
  StandIn reject;
  StandIn decline;
  StandIn remind;
  StandIn reviewer;

  @BeforeEach
  void standIns() {
    submit = standIn("submitArticle");
    publish = standIn("publishArticle");
    sendBack = standIn("sendArticleBack");
    reject = standIn("rejectArticle");
    decline = standIn("declineArticle");
    remind = standIn("remindArticleReviewers");
    reviewer = standIn("recordArticleReviewer");
  }

  ProcessInstance offered() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("articleId", 7L);
    variables.put("caseNumber", "CS-2026-000042");
    variables.put("articleAuthor", "engineer1");
    variables.put("articleTitle", "Router drops packets");
    return engine.getRuntimeService().startProcessInstanceByKey("knowledge-article", "KB-7", variables);
  }

  void complete(Task task, Map<String, Object> variables) {
    engine.getTaskService().complete(task.getId(), variables);
  }

  @Test
  void theEngineerProposesAndASupervisorPublishes() {
    ProcessInstance instance = offered();
    Task proposal = task(instance, "propose-article");
    assertThat(proposal.getAssignee()).isEqualTo("engineer1");
    assertThat(engine.getTaskService().getIdentityLinksForTask(proposal.getId())).extracting(IdentityLink::getGroupId)
        .contains("engineers");

    complete(proposal, Map.of("proposalAction", "submit", "articleSolution", "Upgrade to 7.2"));
    assertThat(submit.ran()).isTrue();
    Task review = task(instance, "review-article");
    assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("supervisors");

    complete(review, Map.of("reviewDecision", "publish", "visibility", "customer"));
    assertThat(reviewer.ran()).isTrue();
    assertThat(publish.activities()).containsExactly("publish-article");
    assertThat(instance).isEnded().hasPassed("article-published");
  }

  @Test
  void sentBackTheArticleReturnsToItsAuthorWithTheComment() {
    ProcessInstance instance = offered();
    complete(task(instance, "propose-article"), Map.of("proposalAction", "submit"));
    complete(task(instance, "review-article"), Map.of("reviewDecision", "revise", "reviewComment", "Name the firmware"));
    assertThat(sendBack.lastRun().variable("reviewComment")).isEqualTo("Name the firmware");

    Task again = task(instance, "propose-article");
    assertThat(again.getAssignee()).isEqualTo("engineer1");
    complete(again, Map.of("proposalAction", "submit"));
    assertThat(submit.runs()).hasSize(2);
    complete(task(instance, "review-article"), Map.of("reviewDecision", "publish", "visibility", "internal"));
    assertThat(instance).isEnded().hasPassed("article-published");
  }

  @Test
  void aRejectedProposalEndsUnpublished() {
    ProcessInstance instance = offered();
    complete(task(instance, "propose-article"), Map.of("proposalAction", "submit"));
    complete(task(instance, "review-article"), Map.of("reviewDecision", "reject", "reviewComment", "Known issue"));
    assertThat(reject.ran()).isTrue();
    assertThat(publish.ran()).isFalse();
    assertThat(instance).isEnded().hasPassed("article-rejected");
  }

  @Test
  void theEngineerMayDecline() {
    ProcessInstance instance = offered();
    complete(task(instance, "propose-article"), Map.of("proposalAction", "decline"));
    assertThat(decline.ran()).isTrue();
    assertThat(submit.ran()).isFalse();
    assertThat(instance).isEnded().hasPassed("proposal-declined");
  }

  @Test
  void anOverdueReviewRemindsTheSupervisorsOnceAndStaysOpen() {
    ProcessInstance instance = offered();
    complete(task(instance, "propose-article"), Map.of("proposalAction", "submit"));
    assertThat(timers(instance)).containsExactly(T0.plus(Duration.ofDays(2)));

    passTo(instance, T0.plus(Duration.ofDays(2)).minusSeconds(1));
    assertThat(remind.ran()).isFalse();
    passTo(instance, T0.plus(Duration.ofDays(2)));
    assertThat(remind.activities()).containsExactly("remind-reviewers");
    passTo(instance, T0.plus(Duration.ofDays(10)));
    assertThat(remind.runs()).hasSize(1);
    assertThat(instance).isWaitingAt("review-article");

    complete(task(instance, "review-article"), Map.of("reviewDecision", "publish", "visibility", "internal"));
    assertThat(instance).isEnded();
  }
}

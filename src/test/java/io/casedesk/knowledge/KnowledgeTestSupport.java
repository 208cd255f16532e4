package io.casedesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cases.CaseRequests;
import io.casedesk.cases.CaseStatus;
import io.casedesk.support.CaseTestSupport;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/** Cases closed with a solution, and the articles proposed and published from them, as the API tests need them. */
abstract class KnowledgeTestSupport extends CaseTestSupport {

  @Autowired ArticleRepository articles;

  /** A case of Demo Customer Ltd (CT-DEMO-1) with its own subject and description. */
  String openCase(String subject, String description, String product) {
    return cases.open(new CaseRequests.OpenCase("Ada Lovelace", "Demo Customer Ltd", "+36 1 234 5678",
        "ada@demo.example", "1 Main Street", "CT-DEMO-1", product, "operational-problem", "medium", "medium",
        subject, description, "phone"), HOTLINE).caseNumber();
  }

  /** The case solved by engineer1 and the solution accepted by customer1: closed, its article offered. */
  String closedCase(String subject, String description, String solution) {
    String n = openCase(subject, description, "router-x");
    work(n, "engineer1", "solve", solution);
    cases.answerClosure(n, true, "Thanks", CUSTOMER);
    assertThat(view(n).status()).isEqualTo(CaseStatus.CLOSED);
    return n;
  }

  /** The article proposed from the case. */
  Article proposedFrom(String caseNumber) {
    return articles.fromCase(caseNumber).stream().findFirst().orElseThrow(
        () -> new AssertionError("no article proposed from " + caseNumber));
  }

  ProcessInstance articleProcess(long articleId) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ArticleProposals.businessKey(articleId))
        .singleResult();
  }

  Task articleTask(long articleId, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(ArticleProposals.businessKey(articleId))
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  /** The engineer proposes the draft as filled in, the supervisor claims the review and publishes it. */
  long publish(String caseNumber, String visibility) {
    long id = proposedFrom(caseNumber).id();
    Task proposal = articleTask(id, "propose-article");
    taskService.complete(proposal.getId(), Map.of("proposalAction", "submit"));
    Task review = articleTask(id, "review-article");
    taskService.claim(review.getId(), "supervisor1");
    taskService.complete(review.getId(), Map.of("reviewDecision", "publish", "visibility", visibility));
    return id;
  }
}

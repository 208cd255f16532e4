package io.casedesk.knowledge;

import static io.casedesk.support.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.cases.CaseRequests;
import io.casedesk.notification.NotificationKind;
import io.casedesk.notification.Outbox;
import io.casedesk.security.DemoUsers;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The knowledge base through the API on PostgreSQL: a case closed with an accepted solution yields a proposed
 * article for its engineer, which a supervisor publishes (Tasklist's forms through the engine REST, checked on the
 * server); customers find customer-visible articles only; an engineer's "This helped" links the article and the
 * case; a customer's "This solved my problem" is counted and changes nothing else.
 */
class KnowledgeApiTest extends KnowledgeTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;

  /** A second engineer (the demo has one), with the demo password. */
  void secondEngineer() {
    if (identityService.createUserQuery().userId("engineer2").count() == 0) {
      var user = identityService.newUser("engineer2");
      user.setFirstName("Grace");
      user.setLastName("Hopper");
      user.setPassword(DemoUsers.PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership("engineer2", "engineers");
    }
  }

  JsonNode get(String user, String path) {
    ResponseEntity<JsonNode> response = as(http, user).getForEntity(path, JsonNode.class);
    assertThat(response.getStatusCode()).as("GET " + path + " as " + user).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  HttpStatus status(ResponseEntity<?> response) {
    return HttpStatus.valueOf(response.getStatusCode().value());
  }

  static List<Long> ids(JsonNode list) {
    return StreamSupport.stream(list.spliterator(), false).map(a -> a.path("id").asLong()).toList();
  }

  @Test
  void aClosedCaseYieldsAProposalWhichTheSupervisorPublishesAsVersionOne() {
    String n = closedCase("Quasarlink VPN tunnel flaps every hour",
        "The quasarlink tunnel to the branch goes down for a minute every hour", "Set the IKE lifetime to 28800 s");
    Article proposed = proposedFrom(n);
    assertThat(proposed.status()).isEqualTo(ArticleStatus.PROPOSED);
    assertThat(proposed.author()).isEqualTo("engineer1");
    assertThat(ids(get("supervisor1", "/api/articles?status=PROPOSED&limit=50"))).contains(proposed.id());

    // the engineer's task, its form filled in from the case
    Task proposal = articleTask(proposed.id(), "propose-article");
    assertThat(proposal.getAssignee()).isEqualTo("engineer1");
    Map<String, Object> draft = taskService.getVariables(proposal.getId());
    assertThat(draft).containsEntry("articleTitle", "Quasarlink VPN tunnel flaps every hour")
        .containsEntry("articleSolution", "Set the IKE lifetime to 28800 s").containsEntry("caseNumber", n)
        .containsEntry("visibility", "internal");

    // submitted as Tasklist submits it, checked against the form on the server
    ResponseEntity<String> submitted = as(http, "engineer1").postForEntity("/engine-rest/task/" + proposal.getId()
        + "/submit-form", Map.of("variables", Map.of(
            "proposalAction", Map.of("value", "submit"),
            "articleTitle", Map.of("value", "VPN tunnel flaps every hour (Quasarlink)"),
            "symptom", Map.of("value", "The quasarlink tunnel goes down for a minute every hour"),
            "cause", Map.of("value", "IKE lifetime differs between the peers"),
            "articleSolution", Map.of("value", "Set the IKE lifetime to 28800 s on both peers"),
            "product", Map.of("value", "router-x"), "category", Map.of("value", "operational-problem"),
            "visibility", Map.of("value", "customer"))), String.class);
    assertThat(status(submitted)).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    Task review = articleTask(proposed.id(), "review-article");
    assertThat(as(http, "engineer1").postForEntity("/engine-rest/task/" + review.getId() + "/claim",
        Map.of("userId", "engineer1"), String.class).getStatusCode()).as("engineers do not review")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(http, "supervisor1").postForEntity("/engine-rest/task/" + review.getId() + "/claim",
        Map.of("userId", "supervisor1"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> withoutDecision = as(http, "supervisor1").postForEntity("/engine-rest/task/"
        + review.getId() + "/submit-form", Map.of("variables", Map.of()), String.class);
    assertThat(status(withoutDecision)).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutDecision.getBody()).contains("reviewDecision");
    ResponseEntity<String> published = as(http, "supervisor1").postForEntity("/engine-rest/task/" + review.getId()
        + "/submit-form", Map.of("variables", Map.of("reviewDecision", Map.of("value", "publish"),
            "visibility", Map.of("value", "customer"))), String.class);
    assertThat(status(published)).as(published.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(articleProcess(proposed.id())).isNull();

    JsonNode article = get("supervisor1", "/api/articles/" + proposed.id());
    assertThat(article.path("status").asText()).isEqualTo("PUBLISHED");
    assertThat(article.path("version").asInt()).isEqualTo(1);
    assertThat(article.path("title").asText()).isEqualTo("VPN tunnel flaps every hour (Quasarlink)");
    assertThat(article.path("cause").asText()).isEqualTo("IKE lifetime differs between the peers");
    assertThat(article.path("visibility").asText()).isEqualTo("customer");
    assertThat(article.path("versions").path(0).path("writtenBy").asText()).isEqualTo("engineer1");
    assertThat(article.path("versions").path(0).path("publishedBy").asText()).isEqualTo("supervisor1");
    assertThat(article.path("cases").path(0).path("caseNumber").asText()).isEqualTo(n);
    assertThat(article.path("cases").path(0).path("link").asText()).isEqualTo("SOURCE");

    // the customer finds it, without who wrote it or the cases behind it
    JsonNode found = get("customer1", "/api/articles?q=quasarlink tunnel");
    assertThat(found.path(0).path("id").asLong()).isEqualTo(proposed.id());
    JsonNode forCustomer = get("customer1", "/api/articles/" + proposed.id());
    assertThat(forCustomer.path("solution").asText()).isEqualTo("Set the IKE lifetime to 28800 s on both peers");
    assertThat(forCustomer.has("author")).isFalse();
    assertThat(forCustomer.has("versions")).isFalse();
    assertThat(forCustomer.has("cases")).isFalse();
  }

  @Test
  void aRevisionIsReviewedAgainAndPublishedAsTheNextVersion() {
    String n = closedCase("Zebranet switch reboots at midnight", "The zebranet core switch reboots at 00:00",
        "Disable the scheduled reload");
    long id = publish(n, "internal");
    secondEngineer();
    ResponseEntity<JsonNode> started = as(http, "engineer2").postForEntity("/api/articles/" + id + "/revisions", null,
        JsonNode.class);
    assertThat(status(started)).isEqualTo(HttpStatus.CREATED);
    assertThat(status(as(http, "engineer1").postForEntity("/api/articles/" + id + "/revisions", null, String.class)))
        .as("one revision at a time").isEqualTo(HttpStatus.CONFLICT);
    assertThat(status(as(http, "customer1").postForEntity("/api/articles/" + id + "/revisions", null, String.class)))
        .isEqualTo(HttpStatus.FORBIDDEN);

    Task proposal = articleTask(id, "propose-article");
    assertThat(proposal.getAssignee()).isEqualTo("engineer2");
    taskService.complete(proposal.getId(), Map.of("proposalAction", "submit", "articleSolution",
        "Disable the scheduled reload (reload cancel)"));
    assertThat(get("supervisor1", "/api/articles/" + id).path("solution").asText())
        .as("the published version stays until the revision is published").isEqualTo("Disable the scheduled reload");
    Task review = articleTask(id, "review-article");
    taskService.claim(review.getId(), "supervisor1");
    taskService.complete(review.getId(), Map.of("reviewDecision", "publish", "visibility", "internal"));

    JsonNode article = get("supervisor1", "/api/articles/" + id);
    assertThat(article.path("version").asInt()).isEqualTo(2);
    assertThat(article.path("solution").asText()).isEqualTo("Disable the scheduled reload (reload cancel)");
    assertThat(article.path("versions").path(0).path("version").asInt()).isEqualTo(2);
    assertThat(article.path("versions").path(0).path("writtenBy").asText()).isEqualTo("engineer2");
    assertThat(article.path("versions").path(1).path("writtenBy").asText()).isEqualTo("engineer1");
  }

  @Test
  void sentBackTheProposalReturnsToItsAuthorWithTheComment() {
    String n = closedCase("Orbitalfax modem hangs", "The orbitalfax modem hangs after a call", "Power-cycle it");
    long id = proposedFrom(n).id();
    taskService.complete(articleTask(id, "propose-article").getId(), Map.of("proposalAction", "submit"));
    Task review = articleTask(id, "review-article");
    as(http, "supervisor1").postForEntity("/engine-rest/task/" + review.getId() + "/claim",
        Map.of("userId", "supervisor1"), String.class);
    ResponseEntity<String> noComment = as(http, "supervisor1").postForEntity("/engine-rest/task/" + review.getId()
        + "/submit-form", Map.of("variables", Map.of("reviewDecision", Map.of("value", "revise"))), String.class);
    assertThat(status(noComment)).as("sending back needs a comment").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noComment.getBody()).contains("reviewComment");
    ResponseEntity<String> sentBack = as(http, "supervisor1").postForEntity("/engine-rest/task/" + review.getId()
        + "/submit-form", Map.of("variables", Map.of("reviewDecision", Map.of("value", "revise"),
            "reviewComment", Map.of("value", "Say which firmware fixes it"))), String.class);
    assertThat(status(sentBack)).isEqualTo(HttpStatus.NO_CONTENT);

    Task again = articleTask(id, "propose-article");
    assertThat(again.getAssignee()).isEqualTo("engineer1");
    assertThat(taskService.getVariable(again.getId(), "reviewComment")).isEqualTo("Say which firmware fixes it");
    assertThat(get("supervisor1", "/api/articles/" + id).path("reviewComment").asText())
        .isEqualTo("Say which firmware fixes it");

    taskService.complete(again.getId(), Map.of("proposalAction", "decline"));
    assertThat(get("supervisor1", "/api/articles/" + id).path("status").asText()).isEqualTo("DECLINED");
  }

  @Test
  void anOverdueReviewRemindsTheSupervisors() {
    String n = closedCase("Heliograph printer offline", "The heliograph printer shows offline", "Renew its lease");
    long id = proposedFrom(n).id();
    taskService.complete(articleTask(id, "propose-article").getId(), Map.of("proposalAction", "submit"));
    List<Job> timers = managementService.createJobQuery().processInstanceId(articleProcess(id).getId()).timers()
        .list();
    assertThat(timers).singleElement().satisfies(job -> assertThat(job.getDuedate().toInstant())
        .isEqualTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(2))));
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(2))));
    managementService.executeJob(timers.get(0).getId());

    List<Outbox.OutboxMessage> reminders = notifications(n, NotificationKind.ARTICLE_REVIEW_OVERDUE);
    assertThat(reminders).singleElement().satisfies(m -> assertThat(m.recipient()).isEqualTo("supervisors"));
    assertThat(articleTask(id, "review-article")).as("the review stays open").isNotNull();
  }

  @Test
  void customersNeverSeeInternalArticlesNorOtherCompaniesCases() {
    String n = closedCase("Tachyon firewall blocks updates", "The tachyon firewall blocks the update server",
        "Allow update.example on port 443");
    long id = publish(n, "internal");

    assertThat(ids(get("supervisor1", "/api/articles?q=tachyon"))).contains(id);
    assertThat(ids(get("customer1", "/api/articles?q=tachyon"))).doesNotContain(id);
    assertThat(status(as(http, "customer1").getForEntity("/api/articles/" + id, String.class)))
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status(as(http, "customer1").postForEntity("/api/articles/" + id + "/solved", null, String.class)))
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status(as(http, "customer1").getForEntity("/api/articles?status=PROPOSED", String.class)))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(as(http, "analyst1").getForEntity("/api/articles?q=tachyon", String.class)))
        .isEqualTo(HttpStatus.FORBIDDEN);

    // the customer's search finds their own company's closed case, staff's any
    JsonNode mine = get("customer1", "/api/articles/search?q=tachyon firewall");
    assertThat(mine.path("articles")).isEmpty();
    assertThat(mine.path("cases").path(0).path("caseNumber").asText()).isEqualTo(n);
    String other = openOtherCorpCase("Tachyon firewall blocks updates too");
    assertThat(StreamSupport.stream(get("supervisor1", "/api/articles/search?q=tachyon&limit=50").path("cases")
        .spliterator(), false).map(c -> c.path("caseNumber").asText())).contains(n, other);
    assertThat(StreamSupport.stream(get("customer1", "/api/articles/search?q=tachyon&limit=50").path("cases")
        .spliterator(), false).map(c -> c.path("caseNumber").asText())).contains(n).doesNotContain(other);
  }

  /** A case of Other Corp (CT-DEMO-2) closed without an answer after five days: no article is offered. */
  String openOtherCorpCase(String subject) {
    String n = cases.open(new CaseRequests.OpenCase("Bob", "Other Corp", "+36 1 234 5679",
        "bob@other.example", null, "CT-DEMO-2", "router-x", "operational-problem", "medium", "medium", subject,
        "Seen at Other Corp", "phone"), HOTLINE).caseNumber();
    work(n, "engineer1", "solve", "Opened the port");
    advanceBy(n, Duration.ofDays(5));
    assertThat(articles.fromCase(n)).as("closed without an answer: no article offered").isEmpty();
    return n;
  }

  @Test
  void anArticleLikeANewCaseIsOfferedAndItsUseRecordedOnce() {
    // words of their own: SearchQualityTest's fixture may share the database
    String n = closedCase("Nebulon beacon loses its uplink sync",
        "The nebulon beacon loses sync with the uplink every morning", "Pin the beacon's clock source");
    long id = publish(n, "customer");
    String fresh = openCase("Beacon sync lost on our nebulon", "Our nebulon beacon loses its sync each morning",
        "router-x");

    JsonNode similar = get("engineer1", "/api/articles/similar?case=" + fresh);
    assertThat(similar.path(0).path("id").asLong()).isEqualTo(id);
    assertThat(similar.path(0).path("helpedThisCase").asBoolean()).isFalse();
    assertThat(ids(get("engineer1", "/api/articles/similar?case=" + n))).as("not offered on its own case")
        .doesNotContain(id);

    ResponseEntity<JsonNode> used = as(http, "engineer1").postForEntity("/api/articles/" + id + "/uses",
        Map.of("caseNumber", fresh), JsonNode.class);
    assertThat(status(used)).isEqualTo(HttpStatus.CREATED);
    assertThat(used.getBody().path("helpedCases").asLong()).isEqualTo(1);
    ResponseEntity<JsonNode> again = as(http, "engineer1").postForEntity("/api/articles/" + id + "/uses",
        Map.of("caseNumber", fresh), JsonNode.class);
    assertThat(status(again)).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().path("helpedCases").asLong()).as("counted once").isEqualTo(1);
    assertThat(get("engineer1", "/api/articles/similar?case=" + fresh).path(0).path("helpedThisCase").asBoolean())
        .isTrue();
    assertThat(get("supervisor1", "/api/articles/" + id).path("cases")).extracting(c -> c.path("link").asText())
        .containsExactly("SOURCE", "HELPED");

    // who may not, and what is wrong
    assertThat(status(as(http, "customer1").postForEntity("/api/articles/" + id + "/uses",
        Map.of("caseNumber", fresh), String.class))).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(as(http, "auditor1").postForEntity("/api/articles/" + id + "/uses",
        Map.of("caseNumber", fresh), String.class))).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> noCase = as(http, "engineer1").postForEntity("/api/articles/" + id + "/uses", Map.of(),
        JsonNode.class);
    assertThat(status(noCase)).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noCase.getBody().path("errors").path(0).path("field").asText()).isEqualTo("caseNumber");
    assertThat(status(as(http, "engineer1").postForEntity("/api/articles/" + id + "/uses",
        Map.of("caseNumber", "CS-2026-999999"), String.class))).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<JsonNode> badLimit = as(http, "engineer1").getForEntity("/api/articles?limit=0", JsonNode.class);
    assertThat(status(badLimit)).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badLimit.getBody().path("errors").path(0).path("field").asText()).isEqualTo("limit");
    assertThat(get("supervisor1", "/api/articles/" + id).path("helpedCases").asLong()).as("refusals change nothing")
        .isEqualTo(1);
  }

  @Test
  void aCustomerWhoseProblemAnArticleSolvedIsCountedAndNothingElseHappens() {
    String n = closedCase("Photonix access point loses clients", "Clients drop off the photonix access point",
        "Turn off band steering");
    long id = publish(n, "customer");
    long casesBefore = countCases();

    ResponseEntity<JsonNode> solved = as(http, "customer1").postForEntity("/api/articles/" + id + "/solved", null,
        JsonNode.class);
    assertThat(status(solved)).isEqualTo(HttpStatus.OK);
    assertThat(solved.getBody().path("solvedForCustomers").asLong()).isEqualTo(1);
    assertThat(countCases()).as("no case opened").isEqualTo(casesBefore);
    assertThat(status(as(http, "engineer1").postForEntity("/api/articles/" + id + "/solved", null, String.class)))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("customer1", "/api/articles/" + id).path("solvedForCustomers").asLong()).isEqualTo(1);
  }

  JsonNode knowledgeFigures(String user) {
    return get(user, "/api/reports/cases?from=2026-03-02&to=2026-03-03").path("knowledge");
  }

  @Test
  void theCaseReportCountsArticlesPublishedUsedHelpfulAndCasesSolvedWithOne() {
    JsonNode before = knowledgeFigures("manager1");
    JsonNode customerBefore = knowledgeFigures("customer1");
    String n = closedCase("Gravitex storage array slow", "The gravitex array answers slowly after the update",
        "Roll back the cache driver");
    long id = publish(n, "customer");
    String fresh = openCase("Gravitex array slow again", "Our gravitex storage array answers slowly", "router-x");
    as(http, "engineer1").postForEntity("/api/articles/" + id + "/uses", Map.of("caseNumber", fresh), JsonNode.class);
    work(fresh, "engineer1", "solve", "Rolled back the cache driver as the article says");
    cases.answerClosure(fresh, true, "Works", CUSTOMER);
    as(http, "customer1").postForEntity("/api/articles/" + id + "/solved", null, JsonNode.class);

    JsonNode after = knowledgeFigures("manager1");
    assertThat(after.path("articlesPublished").asLong() - before.path("articlesPublished").asLong()).isEqualTo(1);
    assertThat(after.path("articleUses").asLong() - before.path("articleUses").asLong()).isEqualTo(1);
    assertThat(after.path("helpfulForCustomers").asLong() - before.path("helpfulForCustomers").asLong()).isEqualTo(1);
    assertThat(after.path("casesSolvedWithArticle").asLong() - before.path("casesSolvedWithArticle").asLong())
        .isEqualTo(1);
    JsonNode customerAfter = knowledgeFigures("customer1");
    assertThat(customerAfter.path("casesSolvedWithArticle").asLong()
        - customerBefore.path("casesSolvedWithArticle").asLong()).as("their own company's case").isEqualTo(1);
    String csv = as(http, "manager1").getForObject("/api/reports/cases.csv?from=2026-03-02&to=2026-03-03",
        String.class);
    assertThat(csv).contains("knowledge,articles published,", "knowledge,cases solved with an article,");
  }

  long countCases() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("case-handling").count();
  }
}

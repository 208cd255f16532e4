package io.casedesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cases.CaseRequests;
import io.casedesk.cases.CaseStatus;
import io.casedesk.support.BrowserTestSupport;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The knowledge base's walk in headless Chromium, as its people do it: a case closed with an accepted solution gives
 * its engineer a proposal task in Tasklist, filled in from the case; the supervisor finds it under "Articles to
 * review" and publishes it for customers; a new case with a similar description shows the article on its task's
 * Case tab, where the engineer marks that it helped; the customer finds it in the portal, says it solved the
 * problem, and sees it suggested while describing a new case. Screenshots: target/e2e/knowledge-*.png.
 */
class KnowledgeBrowserTest extends BrowserTestSupport {

  static final String SUBJECT = "Heliotrope gateway drops the VPN tunnel every hour";

  @Autowired ArticleRepository articles;

  KnowledgeBrowserTest() {
    super("knowledge-");
  }

  @BeforeEach
  void useTheRealClock() {
    ClockUtil.reset();
  }

  String openCase(String subject, String description) {
    return cases.open(new CaseRequests.OpenCase("Ada Lovelace", "Demo Customer Ltd", "+36 1 234 5678",
        "ada@demo.example", "1 Main Street", "CT-DEMO-1", "router-x", "operational-problem", "medium", "medium",
        subject, description, "web"), HOTLINE).caseNumber();
  }

  void openTask(String taskId) {
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.task-card h2.task")));
  }

  void logInToTasklist(String user) {
    signIn("tasklist", user);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list, .tasks-list")));
  }

  String text(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
  }

  /** Ticks the {@code index}th choice (from 0) of the form's radio field {@code key} (form-js gives them no value). */
  void pick(String key, int index) {
    steps.click(By.cssSelector(".fjs-form input[type=radio][id$='Field_" + key + "-" + index + "']"));
  }

  @Test
  void aSolvedCaseBecomesAnArticleTheNextEngineerAndTheCustomerFind() {
    String n = openCase(SUBJECT, "Since Monday the heliotrope VPN gateway drops the tunnel to the branch for a minute "
        + "every hour.");
    work(n, "engineer1", "solve", "Set the IKE lifetime to 28800 seconds on both heliotrope peers.");
    cases.answerClosure(n, true, "Works again, thanks", CUSTOMER);
    assertThat(view(n).status()).isEqualTo(CaseStatus.CLOSED);
    long id = articles.fromCase(n).get(0).id();
    Task proposal = taskService.createTaskQuery().processInstanceBusinessKey("KB-" + id).singleResult();

    // the engineer: the proposal beside the case, its form filled in from the case
    logInToTasklist("engineer1");
    openTask(proposal.getId());
    assertThat(text(".cd-case .cd-subject")).isEqualTo(SUBJECT);
    steps.shot("engineer-proposal-beside-the-case");
    steps.openTaskForm();
    wait.until(d -> SUBJECT.equals(browser.findElement(By.cssSelector("input[name='articleTitle'], "
        + ".fjs-form-field-textfield input")).getAttribute("value")));
    pick("visibility", 1); // customers too
    steps.shot("engineer-proposes-for-customers");
    steps.click(By.xpath("//button[normalize-space()='Complete']"));
    wait.until(d -> taskService.createTaskQuery().processInstanceBusinessKey("KB-" + id)
        .taskDefinitionKey("review-article").count() == 1);
    signOut();

    // the supervisor: "Articles to review", claim, publish
    logInToTasklist("supervisor1");
    Task review = taskService.createTaskQuery().processInstanceBusinessKey("KB-" + id).singleResult();
    openTaskFromFilter("Articles to review", n, review.getId());
    steps.openTaskForm();
    steps.click(By.cssSelector("button.claim"));
    wait.until(d -> "supervisor1".equals(taskService.createTaskQuery().taskId(review.getId()).singleResult()
        .getAssignee()));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    assertThat(text(".fjs-form")).contains("Review: " + SUBJECT).contains("Set the IKE lifetime");
    pick("reviewDecision", 0); // publish
    pick("visibility", 1); // customers too
    steps.shot("supervisor-publishes");
    steps.click(By.xpath("//button[normalize-space()='Complete']"));
    wait.until(d -> articles.find(id).orElseThrow().status() == ArticleStatus.PUBLISHED);
    assertThat(articles.versions(id)).singleElement().satisfies(v -> {
      assertThat(v.writtenBy()).isEqualTo("engineer1");
      assertThat(v.publishedBy()).isEqualTo("supervisor1");
    });
    signOut();

    // the next engineer: the article beside a similar case, "This helped"
    String similar = openCase("VPN tunnel to the branch drops every hour",
        "Our heliotrope gateway loses the VPN tunnel for a minute each hour");
    taskService.claim(task(similar, "work-case").getId(), "engineer1");
    logInToTasklist("engineer1");
    openTask(task(similar, "work-case").getId());
    By first = By.cssSelector(".cd-articles li.cd-article:first-child");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(first, SUBJECT));
    steps.js("document.querySelector('.cd-articles').scrollIntoView({block: 'center'})");
    steps.click(By.cssSelector(".cd-articles li.cd-article:first-child summary"));
    steps.shot("engineer-sees-the-article-on-a-similar-case");
    steps.click(By.cssSelector(".cd-articles li.cd-article:first-child button.cd-article-helped"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cd-articles .cd-article-message"),
        "Recorded"));
    assertThat(articles.helpedOn(similar)).containsExactly(id);
    steps.shot("engineer-marked-it-helpful");
    signOut();

    // the customer: the portal's articles, "This solved my problem", suggestions on a new case
    browser.get(url("/portal/"));
    steps.type(By.id("login-username"), "customer1");
    steps.type(By.id("login-password"), "demo");
    steps.click(By.cssSelector("#login-form button[type=submit]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-cases")));
    steps.click(By.cssSelector("a[data-nav='articles']"));
    steps.type(By.id("articles-q"), "heliotrope vpn tunnel");
    steps.click(By.cssSelector("#articles-form button[type=submit]"));
    By result = By.cssSelector("#articles-results li[data-article='" + id + "'] a");
    wait.until(ExpectedConditions.visibilityOfElementLocated(result));
    steps.shot("customer-finds-the-article");
    steps.click(result);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-title"), SUBJECT));
    assertThat(text("#view-article")).contains("Set the IKE lifetime").doesNotContain("engineer1");
    steps.click(By.cssSelector("#view-article button.article-solved"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#view-article .article-solved-message"),
        "No case was opened."));
    assertThat(articles.counts(id).solvedForCustomers()).isEqualTo(1);
    steps.shot("customer-says-it-solved-the-problem");
    onAPhone(() -> steps.shot("customer-article-on-a-phone"));

    steps.click(By.cssSelector("a[data-nav='new']"));
    steps.type(By.id("new-subject"), "VPN tunnel keeps dropping");
    steps.type(By.id("new-description"), "The heliotrope gateway drops our VPN tunnel every hour");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("new-suggestions"), SUBJECT));
    steps.js("document.getElementById('new-suggestions').scrollIntoView({block: 'center'})");
    steps.shot("customer-sees-a-suggestion-while-describing-a-case");
    onAPhone(() -> {
      steps.js("document.getElementById('new-suggestions').scrollIntoView({block: 'center'})");
      steps.shot("customer-suggestion-on-a-phone");
    });
  }

  /** The step on a phone-sized window, then the desk-sized one again. */
  void onAPhone(Runnable step) {
    org.openqa.selenium.Dimension desk = browser.manage().window().getSize();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    step.run();
    browser.manage().window().setSize(desk);
  }
}

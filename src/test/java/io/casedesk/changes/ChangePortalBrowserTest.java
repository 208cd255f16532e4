package io.casedesk.changes;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.security.CurrentUser;
import io.casedesk.support.BrowserTestSupport;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * customer1 in the portal, in headless Chromium: finds the change the expert group approved among the company's
 * changes, must say why when refusing, approves it, and reads the page in German.
 */
class ChangePortalBrowserTest extends BrowserTestSupport {

  @Autowired ChangeService changeService;
  @Autowired ChangeRepository changeRepository;

  ChangePortalBrowserTest() {
    super("portal-changes/");
  }

  /** Raised from a case by the engineer, planned and approved by every expert: waits for the customer. */
  String changeAwaitingApproval() {
    String n = open("medium", "medium", "phone").caseNumber();
    String id = changeService.raise(new ChangeRequests.RaiseChange(n, "Upgrade IOS on core-1", null),
        new CurrentUser("engineer1", Set.of("engineers"))).id();
    Map<String, Object> plan = new HashMap<>();
    plan.put("planAction", "submit");
    plan.put("planWhat", "IOS 15.2(4)M7 to 15.2(4)M11 on core-1");
    plan.put("planWhy", "Fixes the nightly reloads");
    plan.put("planRisk", "Ten minutes without routing");
    plan.put("planRollback", "Boot the previous image");
    plan.put("windowStart", T0.plus(Duration.ofDays(3)).toString());
    plan.put("windowEnd", T0.plus(Duration.ofDays(3)).plus(Duration.ofHours(4)).toString());
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("write-plan")
        .singleResult().getId(), plan);
    for (Task review : taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("review-plan")
        .list()) {
      taskService.complete(review.getId(), Map.of("verdict", "approve", "reviewComment", "Fine"));
    }
    assertThat(changeRepository.get(id).status()).isEqualTo(ChangeStatus.AWAITING_APPROVAL);
    return id;
  }

  @Test
  void customerApprovesTheChangeInThePortal() {
    String id = changeAwaitingApproval();

    browser.get(url("/portal/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    steps.type(By.id("login-username"), "customer1");
    steps.type(By.id("login-password"), "demo");
    steps.click(By.cssSelector("#login-form button[type=submit]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-cases")));
    steps.click(By.cssSelector("a[data-nav=changes]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("changes-table")));
    assertThat(browser.findElement(By.id("changes-table")).getText()).contains(id, "Upgrade IOS on core-1",
        "Waiting for your approval");

    steps.click(By.cssSelector("#changes-table a[href='#/changes/" + id + "']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approval-form")));
    assertThat(browser.findElement(By.id("change-facts")).getText()).contains("IOS 15.2(4)M7 to 15.2(4)M11 on core-1",
        "Boot the previous image");
    steps.click(By.cssSelector("#approval-form button[value=false]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("approval-form"), "Tell us why you refuse"));
    assertThat(changeRepository.get(id).status()).as("nothing sent").isEqualTo(ChangeStatus.AWAITING_APPROVAL);

    steps.type(By.id("approval-comment"), "Saturday night suits us");
    steps.click(By.cssSelector("#approval-form button[value=true]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-facts"), "Scheduled"));
    assertThat(browser.findElements(By.id("approval-form"))).isEmpty();
    assertThat(changeRepository.get(id).status()).isEqualTo(ChangeStatus.SCHEDULED);
    assertThat(changeRepository.get(id).customerComment()).isEqualTo("Saturday night suits us");

    steps.click(By.cssSelector("button[data-lang=de]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-facts"), "Eingeplant"));
    // the list in German after a reload: the browser keeps the choice
    browser.get(url("/portal/#/changes"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("changes-title"),
        "Änderungen an Ihren Systemen"));
    assertThat(browser.findElement(By.id("changes-table")).getText()).contains("Eingeplant");
    steps.click(By.cssSelector("button[data-lang=en]"));
  }
}

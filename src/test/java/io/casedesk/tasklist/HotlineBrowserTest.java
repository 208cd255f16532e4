package io.casedesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.cases.CaseView;
import io.casedesk.support.BrokenRules;
import io.casedesk.support.BrowserTestSupport;
import io.casedesk.support.Chromium;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The hotline's and the engineer's "My cases" in Tasklist, in headless Chromium: the hotline starts a phone case with
 * the start form and reads the new case's number at once, then finds the case among those it opened; an engineer
 * finds their case that waits for the customer. Screenshots {@code hotline-*} under target/e2e/.
 */
class HotlineBrowserTest extends BrowserTestSupport {

  @Autowired RepositoryService repositoryService;

  HotlineBrowserTest() {
    super("hotline-");
  }

  @BeforeEach
  void useTheRealClock() {
    // the engine runs on the real clock here: the new cases are the newest, and "waiting since" is now
    ClockUtil.reset();
  }

  @Test
  void theHotlineStartsAPhoneCaseReadsItsNumberAndFindsItInMyCases() {
    String subject = "VPN tunnel flaps every hour " + UUID.randomUUID().toString().substring(0, 6);
    logIn("hotline1");
    startPhoneCase(subject);

    // the banner gives the number of the case just created, with its priority and queue
    By banner = By.cssSelector(".casedesk-started .casedesk-started-title");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(banner, "opened"));
    String shown = browser.findElement(banner).getText();
    String n = shown.replaceAll("^Case (CS-\\d{4}-\\d{6}) opened.*$", "$1");
    CaseView created = view(n);
    assertThat(created.subject()).as("the case on screen is the one just started").isEqualTo(subject);
    assertThat(created.channel()).isEqualTo("phone");
    assertThat(created.timeline().get(0).actor()).isEqualTo("hotline1");
    assertThat(shown).isEqualTo("Case " + n + " opened: P2, queue operational-problems");
    assertThat(created.priority()).isEqualTo("P2");
    assertThat(created.queue()).isEqualTo("operational-problems");
    assertThat(browser.findElement(By.cssSelector(".casedesk-started")).getText()).contains(subject)
        .contains("Demo Customer Ltd");
    steps.shot("case-number");

    // "My cases": the new case among those hotline1 opened
    steps.click(By.cssSelector("a.casedesk-my-cases-toggle"));
    By row = By.xpath("//*[contains(@class,'casedesk-cases-panel')]//section[.//h4[starts-with(normalize-space(),"
        + "'Opened by me')]]//tr[@data-case='" + n + "']");
    wait.until(ExpectedConditions.visibilityOfElementLocated(row));
    assertThat(browser.findElement(row).getText()).contains(subject).contains("Demo Customer Ltd")
        .contains("Open, in its queue").contains("P2");
    steps.js("document.querySelector('.casedesk-started .close').click()");
    steps.shot("my-cases");

    // the case opens with its details and its open tasks
    steps.click(By.xpath("//tr[@data-case='" + n + "']//a[contains(@class,'casedesk-case-link')]"));
    By dialog = By.cssSelector(".casedesk-case-dialog h3");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(dialog, n + ": " + subject));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".casedesk-case-dialog"),
        "Work the case"));
    assertThat(browser.findElement(By.cssSelector(".casedesk-case-dialog")).getText())
        .contains("Margaret Hamilton").contains("+36 1 555 0199").doesNotContain("null");
    steps.shot("case");

    // its open task opens in Tasklist on its Case tab; the engineers work it, the hotline reads it
    String workTask = task(n, "work-case").getId();
    steps.click(By.xpath("//*[contains(@class,'casedesk-case-dialog')]//a[normalize-space()='Work the case']"));
    wait.until(ExpectedConditions.urlContains("task=" + workTask));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".casedesk-case-dialog")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".casedesk-cases-panel")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cd-case .cd-subject"), subject));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-task-meta] .cd-worked-by"),
        "Worked by Engineers"));
    steps.shot("work-task");
  }

  @Test
  void anEngineerFindsTheirCaseWaitingForTheCustomerInMyCases() {
    String n = open("medium", "medium", "phone").caseNumber();
    work(n, "engineer1", "request-info", "Which firmware version runs on the router?");
    assertThat(view(n).status().name()).isEqualTo("WAITING_CUSTOMER");
    logIn("engineer1");
    steps.click(By.cssSelector("a.casedesk-my-cases-toggle"));
    By row = By.xpath("//*[contains(@class,'casedesk-cases-panel')]//section[.//h4[starts-with(normalize-space(),"
        + "'Assigned to me')]]//tr[@data-case='" + n + "']");
    wait.until(ExpectedConditions.visibilityOfElementLocated(row));
    assertThat(browser.findElement(row).getAttribute("class")).contains("casedesk-waiting");
    assertThat(browser.findElement(row).getText()).contains("Core router drops packets")
        .contains("Waiting for the customer’s answer").contains("waiting since");
    steps.shot("engineer-my-cases");

    steps.click(By.xpath("//tr[@data-case='" + n + "']//a[contains(@class,'casedesk-case-link')]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".casedesk-case-dialog"),
        "Which firmware version runs on the router?"));
    assertThat(browser.findElement(By.cssSelector(".casedesk-case-dialog")).getText())
        .contains("None: the case waits for the customer.").contains("Information requested").doesNotContain("null");
    steps.shot("engineer-case");
  }

  /** The hotline fills the case start form for a caller on the phone and starts the case. */
  private void startPhoneCase(String subject) {
    steps.click(By.cssSelector(".start-process-action a"));
    steps.click(By.xpath("//*[contains(@class,'modal')]//a[normalize-space()='Case handling']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-form")));
    steps.shot("start-form");

    steps.type(field("callerName"), "Margaret Hamilton");
    steps.type(field("callerCompany"), "Demo Customer Ltd");
    steps.type(field("callerPhone"), "+36 1 555 0199");
    steps.type(field("contractId"), "CT-DEMO-1");
    steps.type(field("product"), "router-x");
    steps.choose("Category", "Operational problem – the product does not work as it should");
    steps.choose("Impact", "High – service down, or many users / a critical function affected");
    steps.choose("Urgency", "Medium – must be fixed soon, but there is time");
    steps.type(field("subject"), subject);
    steps.shot("start-form-filled");
    By start = By.xpath("//*[contains(@class,'modal')]//button[normalize-space()='Start']");
    steps.js("arguments[0].scrollIntoView({block: 'end'})", browser.findElement(start));
    steps.shot("start-button");
    steps.click(start);

  }

  @Test
  void whenTriageFailsTheHotlineStillGivesTheCallerTheNumberAndSaysWhatFollows() {
    String deployment = repositoryService.createDeployment().name("case-priority").source("HotlineBrowserTest")
        .addString("case-priority.dmn", BrokenRules.casePriorityMatchingTwice()).deploy().getId();
    try {
      String subject = "Core switch down " + UUID.randomUUID().toString().substring(0, 6);
      logIn("hotline1");
      startPhoneCase(subject);

      By banner = By.cssSelector(".casedesk-started .casedesk-started-title");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(banner, "registered"));
      String shown = browser.findElement(banner).getText();
      String n = shown.replaceAll("^Case (CS-\\d{4}-\\d{6}) registered.*$", "$1");
      assertThat(shown).isEqualTo("Case " + n + " registered: its priority and queue follow shortly");
      assertThat(browser.findElement(By.cssSelector(".casedesk-started")).getAttribute("class")).contains("warning");
      assertThat(browser.findElement(By.cssSelector(".casedesk-started")).getText())
          .contains("Give the caller the case number").contains("acknowledgement");
      assertThat(view(n).subject()).isEqualTo(subject);
      assertThat(view(n).status().name()).isEqualTo("NEW");
      steps.shot("triage-delayed");
    } finally {
      repositoryService.deleteDeployment(deployment, true, true);
    }
  }

  private void logIn(String user) {
    signIn("tasklist", user);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.casedesk-my-cases-toggle")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'My tasks')]")));
    steps.shot(user);
  }

  private static By field(String key) {
    return By.cssSelector(".modal .fjs-form [id$='Field_" + key + "']");
  }


}

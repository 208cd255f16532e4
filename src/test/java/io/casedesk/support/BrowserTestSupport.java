package io.casedesk.support;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person at the server in headless Chromium: one browser per test, numbered screenshots under target/e2e/ named
 * with the class's prefix, and, when a test fails, the page as it was (screenshot, HTML, console) before the
 * browser closes.
 */
public abstract class BrowserTestSupport extends CaseTestSupport {

  @LocalServerPort protected int port;

  protected ChromeDriver browser;
  protected WebDriverWait wait;
  protected BrowserSteps steps;

  private final String screenshotPrefix;

  // runs after the test, before @AfterEach closes the browser
  @RegisterExtension
  final AfterTestExecutionCallback failureEvidence = context -> context.getExecutionException().ifPresent(e -> {
    if (browser != null) {
      Chromium.failure(browser, steps.prefix() + "failure");
    }
  });

  protected BrowserTestSupport(String screenshotPrefix) {
    this.screenshotPrefix = screenshotPrefix;
  }

  @BeforeEach
  void openBrowser() {
    browser = (ChromeDriver) Chromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    steps = new BrowserSteps(browser, wait, screenshotPrefix);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Signs in on the login page of a webapp ({@code tasklist}, {@code cockpit}) as a demo user. */
  protected void signIn(String app, String user) {
    browser.get(url("/camunda/app/" + app + "/default/"));
    steps.type(By.cssSelector("input[ng-model=username]"), user);
    steps.type(By.cssSelector("input[ng-model=password]"), "demo");
    steps.click(By.cssSelector("button[type=submit]"));
  }

  /** Signs out of the webapps, as the user menu's "Log out" does, and forgets the session. */
  protected void signOut() {
    steps.js("return fetch('/camunda/api/admin/auth/user/default/logout', {method: 'POST', credentials: 'same-origin',"
        + " headers: {'X-XSRF-TOKEN': decodeURIComponent((document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1] || '')}})");
    browser.manage().deleteAllCookies();
  }

  /** In Tasklist, opens the filter and, in its list, the task of the case, as the agent does. */
  protected void openTaskFromFilter(String filter, String caseNumber, String taskId) {
    steps.click(By.xpath("//*[contains(@class,'filters')]//*[normalize-space(text())='" + filter + "']"));
    By task = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(.,'" + caseNumber + "')]//h4/a");
    wait.until(ExpectedConditions.attributeContains(task, "href", taskId));
    steps.click(task);
    wait.until(ExpectedConditions.urlContains("task=" + taskId));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.task-card h2.task")));
  }

  /**
   * Tasklist lists a queue's P1s before its P2s, so a test that finds its case in a queue first ends the cases other
   * tests of the suite left running.
   */
  protected void endCasesOtherTestsLeftRunning() {
    runtimeService.deleteProcessInstances(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("case-handling").list().stream().map(p -> p.getId()).toList(),
        "the browser test needs an empty queue", true, true);
  }
}

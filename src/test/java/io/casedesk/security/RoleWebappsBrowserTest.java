package io.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.BrowserTestSupport;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each role signs into each of its webapps under the security model (README "Security model") and sees its start
 * page work: the page's own content, every request of the page answered, no error notification, and no call the
 * allow-list refused (a 403 in the browser's console). Screenshots under target/e2e/roles-*.
 */
class RoleWebappsBrowserTest extends BrowserTestSupport {

  /** What each start page shows when it works. */
  private static final Map<String, By> START_PAGE = Map.of(
      "tasklist", By.cssSelector(".filters .task-filters, .task-filters, [cam-tasklist-filters]"),
      "cockpit", By.xpath("//*[contains(normalize-space(.),'Running Process Instances')]"),
      "admin", By.cssSelector("a[href='#/users']"));

  RoleWebappsBrowserTest() {
    super("roles-");
  }

  /**
   * Waits until the page has made no new request for three polls of the wait (1.5 s): the start page's lists, counts
   * and plugins have all been asked for and answered (Resource Timing lists a request once it has its answer).
   */
  private void settled() {
    int[] last = {-1, 0};
    wait.until(d -> {
      int count = ((Number) steps.js("return document.readyState === 'complete'"
          + " ? performance.getEntriesByType('resource').length : -1")).intValue();
      last[1] = count >= 0 && count == last[0] ? last[1] + 1 : 0;
      last[0] = count;
      return last[1] >= 3;
    });
  }

  @Test
  void everyRoleSeesItsWebappsWork() {
    open("medium", "low", "phone"); // a task in the lists
    ClockUtil.reset(); // the browser's session runs on the real clock
    record Visit(String user, String app) {}
    List<Visit> visits = List.of(new Visit("hotline1", "tasklist"), new Visit("engineer1", "tasklist"),
        new Visit("rmadesk1", "tasklist"), new Visit("sales1", "tasklist"), new Visit("supervisor1", "tasklist"),
        new Visit("supervisor1", "cockpit"), new Visit("manager1", "tasklist"), new Visit("manager1", "cockpit"),
        new Visit("auditor1", "cockpit"), new Visit("analyst1", "cockpit"), new Visit("admin", "admin"),
        new Visit("admin", "cockpit"), new Visit("admin", "tasklist"));
    for (Visit visit : visits) {
      signIn(visit.app(), visit.user());
      wait.until(ExpectedConditions.visibilityOfElementLocated(START_PAGE.get(visit.app())));
      if (visit.app().equals("tasklist")) {
        // the first filter's list is loaded (or says it has no task)
        wait.until(ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector(".tasks-list li, .tasks-list + *, .no-tasks, [cam-tasks] .well")));
      }
      settled();
      steps.shot(visit.user() + "-" + visit.app());
      List<String> errors = browser.findElements(By.cssSelector(".page-notifications .alert-danger, .alert-danger"))
          .stream().filter(e -> e.isDisplayed()).map(e -> e.getText()).toList();
      assertThat(errors).as(visit + ": error notifications").isEmpty();
      assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(e -> e.isDisplayed()))
          .as(visit + ": Camunda's migration banner is for operators, not for the desk").isEmpty();
      List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
          .filter(m -> m.contains("/camunda/api/") && m.matches("(?s).*status of (401|403|500).*")).toList();
      assertThat(refused).as(visit + ": requests the server refused").isEmpty();
      signOut();
    }
  }
}

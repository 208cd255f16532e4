package io.casedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.BrowserTestSupport;
import io.casedesk.support.Chromium;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A manager opens the report page in headless Chromium without being logged in anywhere: the page shows its own
 * login form (no browser prompt), logs in through the webapps' login, and shows the figures of a period with one
 * day of cases and no complaints; the same login then opens Tasklist. Screenshots {@code reports-*} in target/e2e/.
 */
class ReportPageBrowserTest extends BrowserTestSupport {

  static final Instant DAY = Instant.parse("2025-09-15T09:00:00Z");

  ReportPageBrowserTest() {
    super("reports-");
  }

  @Test
  void managerLogsInOnThePageAndReadsOneDaysFigures() {
    // one day: a P1 answered within 10 minutes, a P3 nobody has taken yet, a case without a valid contract
    ClockUtil.setCurrentTime(Date.from(DAY));
    String p1 = open("high", "high", "phone").caseNumber();
    advanceTo(p1, DAY.plus(Duration.ofMinutes(10)));
    taskService.claim(task(p1, "work-case").getId(), "engineer1");
    open("medium", "medium", "phone");
    open("medium", "medium", "phone", "operational-problem", "CT-NO-SUCH-CONTRACT");
    ClockUtil.reset();

    browser.get(url("/reports/?from=2025-09-15&until=2025-09-15"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    steps.shot("login");

    // a mistyped password is refused on the page, and the next try works (the session is started afresh)
    steps.type(By.cssSelector("#login-form [name=username]"), "manager1");
    steps.type(By.cssSelector("#login-form [name=password]"), "dmeo");
    steps.click(By.cssSelector("#login-form button[type=submit]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"),
        "Wrong user name or password."));
    steps.shot("login-refused");
    steps.js("document.querySelector('#login-form [name=password]').value = ''");
    steps.type(By.cssSelector("#login-form [name=password]"), "demo");
    steps.click(By.cssSelector("#login-form button[type=submit]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user"), "manager1"));
    String text = browser.findElement(By.tagName("body")).getText();
    steps.shot("figures");
    steps.js("document.querySelector('.charts').scrollIntoView()");
    steps.shot("charts");

    assertThat(text).doesNotContain("NaN").doesNotContain("undefined");
    assertThat(tile("cases opened")).contains("2");
    assertThat(tile("opened without a valid contract")).contains("1").contains("not counted");
    assertThat(tile("first response within SLA")).contains("100 %").contains("of 1 case");
    assertThat(tile("answered in time")).contains("–").contains("no complaints closed");
    assertThat(text).contains("No complaints received.");
    assertThat(browser.findElement(By.id("compliance")).isDisplayed())
        .as("the one day's SLA compliance is drawn as bars").isTrue();
    assertThat(browser.findElement(By.id("login")).isDisplayed()).isFalse();

    // the same login opens Tasklist, without a second login
    browser.get(url("/camunda/app/tasklist/default/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'My tasks')]")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Demo manager"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//*[normalize-space()='Loading...']")));
    assertThat(browser.findElements(By.cssSelector("input[ng-model=username]")))
        .filteredOn(e -> e.isDisplayed()).isEmpty();
    steps.shot("tasklist");
  }

  private String tile(String label) {
    return browser.findElement(By.xpath("//div[@class='tile'][div[@class='label' and normalize-space()='" + label
        + "']]")).getText();
  }
}

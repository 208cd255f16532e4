package io.casedesk.support;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a user does in the Camunda webapps, as headless Chromium 156 lets a test do it: it delivers no WebDriver
 * keyboard or mouse events to the webapps' pages (with {@code sendKeys} a field stays empty, and a WebDriver click
 * on a login button sends no request). So text goes in through the DevTools command {@code Input.insertText},
 * which the browser's editing code turns into the input events a typing user causes, and clicks are DOM clicks.
 */
public final class BrowserSteps {

  private final ChromeDriver browser;
  private final WebDriverWait wait;
  private final String screenshotPrefix;
  private int step;

  public BrowserSteps(ChromeDriver browser, WebDriverWait wait, String screenshotPrefix) {
    this.browser = browser;
    this.wait = wait;
    this.screenshotPrefix = screenshotPrefix;
  }

  /** What this test's screenshots are named with. */
  public String prefix() {
    return screenshotPrefix;
  }

  public void click(By element) {
    js("arguments[0].click()", wait.until(ExpectedConditions.elementToBeClickable(element)));
  }

  public void type(By field, String text) {
    // a page that renders again (Tasklist's login moves the focus to its first field) can take the focus away
    // between focusing a field and typing: then the field is emptied and typed into once more
    for (int attempt = 1; ; attempt++) {
      WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
      js("arguments[0].focus()", input);
      browser.executeCdpCommand("Input.insertText", Map.of("text", text));
      try {
        new WebDriverWait(browser, Duration.ofSeconds(attempt < 3 ? 5 : 60))
            .until(ExpectedConditions.attributeToBe(input, "value", text));
        // leaving the field, as a user does by clicking elsewhere: form-js takes debounced input on blur at once
        js("arguments[0].blur()", input);
        return;
      } catch (TimeoutException | StaleElementReferenceException lost) {
        if (attempt == 3) {
          throw lost;
        }
        js("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))",
            wait.until(ExpectedConditions.visibilityOfElementLocated(field)));
      }
    }
  }

  /** Tasklist opens a task on its Case tab (the casedesk-case plugin); the task's form is on the Form tab. */
  public void openTaskForm() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-card ul.nav-tabs li.active")));
    if (browser.findElements(By.cssSelector(".fjs-form")).stream().noneMatch(WebElement::isDisplayed)) {
      click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Form']"));
    }
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
  }

  /** Picks an option of the form's select labelled {@code label} (form-js opens its list on mousedown). */
  public void choose(String label, String option) {
    String select = "//div[contains(@class,'fjs-form-field-select')][.//label[starts-with(normalize-space(),'"
        + label + "')]]";
    mouseDown(By.xpath(select + "//*[contains(@class,'fjs-select-display')]"));
    mouseDown(By.xpath(select + "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + option
        + "']"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.xpath(select + "//*[contains(@class,'fjs-select-display')]"), option));
  }

  public void mouseDown(By element) {
    js("arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}))",
        wait.until(ExpectedConditions.visibilityOfElementLocated(element)));
  }

  public Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(script, arguments);
  }

  /** A numbered screenshot of this step under target/e2e/. */
  public void shot(String name) {
    Chromium.screenshot(browser, "%s%02d-%s".formatted(screenshotPrefix, ++step, name));
  }
}

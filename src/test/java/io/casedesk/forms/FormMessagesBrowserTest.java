package io.casedesk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.BrowserTestSupport;
import io.casedesk.support.BrowserSteps;
import io.casedesk.support.Chromium;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What the hotline reads in Tasklist when its phone case is wrong, in headless Chromium: an e-mail address and a
 * blank required text are refused in the form as the agent types (form-js), a phone number and a company that is
 * not the contract's come back from the server in words when starting, and a supervisor's typo in the new engineer
 * when completing a task: in each red box the sentence alone, none of the engine REST's technical text. Screenshots
 * go to target/e2e/.
 */
class FormMessagesBrowserTest extends BrowserTestSupport {

  FormMessagesBrowserTest() {
    super("form-messages-");
  }

  @BeforeEach
  void useTheRealClock() {
    ClockUtil.reset();
  }

  @Test
  void hotlineReadsWhatIsWrongWithAPhoneCaseInWords() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("case-handling").count();
    signIn("tasklist", "hotline1");
    steps.click(By.cssSelector(".start-process-action a"));
    steps.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='Case handling']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-content .fjs-form")));

    for (var field : Map.of("callerName", "Margaret Hamilton", "callerCompany", "Other Corp",
        "contractId", "CT-DEMO-1", "product", "router-x", "subject", "Optics flap on the core router").entrySet()) {
      steps.type(input(field.getKey()), field.getValue());
    }
    steps.choose("Category", "Compatibility – does it work with another product, version or environment");
    steps.choose("Impact", "Low – one user, a minor function, or a question");
    steps.choose("Urgency", "Medium – must be fixed soon, but there is time");

    // in the form, as the agent types: form-js's own e-mail rule, and a required text of spaces
    steps.type(input("callerEmail"), "margaret@");
    retype(input("callerName"), "   ");
    assertThat(errorOf("callerEmail")).isEqualTo("Field must be a valid email.");
    assertThat(errorOf("callerName")).isEqualTo("Field must have minimum length of 1.");
    steps.shot("typed-in-the-form");

    retype(input("callerEmail"), "margaret@demo.example");
    retype(input("callerName"), "Margaret Hamilton");
    steps.type(input("callerPhone"), "call me back");
    steps.click(By.xpath("//div[contains(@class,'modal-content')]//button[normalize-space()='Start']"));
    assertThat(notification("callerPhone"))
        .contains("Phone number (callerPhone): must be a phone number such as +36 1 234 5678")
        .doesNotContain("[0-9")
        .satisfies(FormMessagesBrowserTest::noTechnicalText);
    steps.shot("phone-refused-by-the-server");

    retype(input("callerPhone"), "+36 1 555 0199");
    steps.click(By.xpath("//div[contains(@class,'modal-content')]//button[normalize-space()='Start']"));
    assertThat(notification("callerCompany"))
        .endsWith("Company (callerCompany): contract CT-DEMO-1 belongs to Demo Customer Ltd, not Other Corp")
        .satisfies(FormMessagesBrowserTest::noTechnicalText);
    steps.shot("company-refused-by-the-server");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("case-handling").count())
        .as("nothing started").isEqualTo(before);
  }

  @Test
  void supervisorReadsWhyTheNewEngineerIsRefused() {
    String n = open("high", "medium", "phone").caseNumber();
    work(n, "engineer1", "change-engineer", "Needs someone who knows the optics");
    String decision = task(n, "supervisor-decision").getId();
    steps = new BrowserSteps(browser, wait, "form-messages-supervisor-");
    signIn("tasklist", "supervisor1");
    steps.click(By.xpath("//*[contains(@class,'filters')]//*[contains(text(),'Decisions')]"));
    steps.click(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(.,'" + n + "')]//h4/a"));
    steps.openTaskForm();
    steps.click(By.cssSelector("button.claim"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.assignee"), "supervisor"));

    steps.click(By.cssSelector(".fjs-form-field-checkbox input[type=checkbox]"));
    steps.type(field("decisionNote"), "Optics specialist");
    steps.type(field("newEngineer"), "enginer2");
    steps.click(By.xpath("//button[normalize-space()='Complete']"));
    assertThat(notification("newEngineer"))
        .endsWith("New engineer (user id) (newEngineer): there is no user enginer2")
        .satisfies(FormMessagesBrowserTest::noTechnicalText);
    steps.shot("new-engineer-refused-by-the-server");
    assertThat(task(n, "supervisor-decision").getId()).as("the decision is still to make").isEqualTo(decision);
  }

  /** What the engine REST would say around the sentence: the command, the definition's id, the form's id. */
  private static void noTechnicalText(String notification) {
    assertThat(notification).doesNotContain("Cannot instantiate", "Cannot submit task form", "case-handling:",
        "Form case-", "not accepted", "Exception");
  }

  /** Replaces what a field holds, as a user who selects it all and types (see BrowserSteps#type). */
  private void retype(By field, String text) {
    steps.js("arguments[0].focus(); arguments[0].select()", wait.until(ExpectedConditions.visibilityOfElementLocated(field)));
    steps.type(field, text);
  }

  private static By input(String key) {
    return By.cssSelector(".modal-content input[id$='Field_" + key + "'], .modal-content textarea[id$='Field_" + key + "']");
  }

  private static By field(String key) {
    return By.cssSelector("input[id$='Field_" + key + "'], textarea[id$='Field_" + key + "']");
  }

  private String errorOf(String key) {
    By error = By.xpath("//*[(self::input or self::textarea) and substring(@id, string-length(@id) - "
        + ("Field_" + key).length() + " + 1) = 'Field_" + key + "']/ancestor::div[contains(@class,'fjs-form-field')][1]"
        + "//*[contains(@class,'fjs-form-field-error')]");
    return wait.until(ExpectedConditions.visibilityOfElementLocated(error)).getText().strip();
  }

  /** The text of the error notification that names the field. */
  private String notification(String field) {
    WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[contains(@class,'alert-danger')][contains(., '(" + field + ")')]")));
    return alert.getText();
  }


}

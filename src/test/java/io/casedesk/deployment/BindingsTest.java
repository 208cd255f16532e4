package io.casedesk.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every diagram binds the latest version of the decisions, forms and processes it references, so that one file
 * an analyst deploys alone from Modeler takes effect and a diagram deployed alone runs (README, "Deploying
 * diagrams").
 */
class BindingsTest {

  private static final Pattern ELEMENT = Pattern.compile("<bpmn:(\\w+) id=\"([^\"]+)\"[^>]*>");

  @Test
  void everyDecisionFormAndCalledProcessBindsItsLatestVersion() throws IOException {
    List<String> problems = new ArrayList<>();
    int references = 0;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        Matcher element = ELEMENT.matcher(Files.readString(file));
        while (element.find()) {
          String tag = element.group();
          for (String[] refAndBinding : new String[][] {{"camunda:decisionRef=", "camunda:decisionRefBinding"},
              {"camunda:formRef=", "camunda:formRefBinding"}, {"calledElement=", "camunda:calledElementBinding"}}) {
            if (tag.contains(" " + refAndBinding[0])) {
              references++;
              if (!tag.contains(refAndBinding[1] + "=\"latest\"")) {
                problems.add(file.getFileName() + " " + element.group(2) + ": " + refAndBinding[1] + " must be latest");
              }
            }
          }
        }
      }
    }
    assertThat(references).isGreaterThan(30);
    assertThat(problems).isEmpty();
  }
}

package io.casedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/** The no-op copy of the case diagram as it is in processes/, whatever its steps are called. */
class NoopDiagramTest {

  private static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "decisionResult");

  @Test
  void copyOfTheCaseDiagramRunsNoCasedeskCode() throws Exception {
    byte[] original = Files.readAllBytes(Path.of("processes", "case-handling.bpmn"));
    Predicate<String> isBean = beansNamedIn(new String(original, StandardCharsets.UTF_8));

    NoopDiagram copy = NoopDiagram.of(original, "noop-copy", isBean);

    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(copy.xml().getBytes(StandardCharsets.UTF_8)));
    assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId).containsExactly("noop-copy");
    assertThat(model.getModelElementsByType(ServiceTask.class)).isNotEmpty().allSatisfy(task -> {
      assertThat(task.getCamundaClass()).isNull();
      if (task.getCamundaDelegateExpression() != null) {
        assertThat(task.getCamundaDelegateExpression()).isEqualTo("${benchNoop}");
      }
    });
    assertThat(model.getModelElementsByType(CamundaTaskListener.class)).allSatisfy(listener ->
        assertThat(listener.getCamundaDelegateExpression()).isEqualTo("${benchNoop}"));
    assertThat(model.getModelElementsByType(TimerEventDefinition.class)).allSatisfy(timer ->
        assertThat(NoopDiagram.callsBean(timer.getTextContent(), isBean)).as(timer.getTextContent()).isFalse());
    assertThat(copy.kept()).as("bean calls left in the copy").allSatisfy(kept ->
        assertThat(kept).doesNotContain("assignee", "dueDate", "delegateExpression"));
    assertThat(copy.replaced()).isNotEmpty();
    assertThat(copy.diagramWritten()).contains("priority");
  }

  /** Names the diagram uses as a delegate ({@code ${name}}) or calls a method of, less the engine's own objects. */
  private static Predicate<String> beansNamedIn(String xml) {
    Set<String> beans = new HashSet<>();
    Matcher delegate = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"").matcher(xml);
    while (delegate.find()) {
      beans.add(delegate.group(1));
    }
    Matcher call = Pattern.compile("\\$\\{(\\w+)\\.\\w+\\(").matcher(xml);
    while (call.find()) {
      beans.add(call.group(1));
    }
    beans.removeAll(ENGINE_OBJECTS);
    return beans::contains;
  }
}

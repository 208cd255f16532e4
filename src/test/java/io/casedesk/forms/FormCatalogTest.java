package io.casedesk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.cases.CaseRequests;
import io.casedesk.cases.CaseVariables;
import io.casedesk.deployment.FormReads;
import io.casedesk.deployment.JavaStepVariables;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The diagrams, decision tables and forms fit together: read from processes/ and forms/ as files, no server.
 *
 * <ul>
 *   <li>every user task and every agent-facing start event (the none start event of a process: Tasklist offers it
 *       to start the process) references a form of forms/ by {@code camunda:formRef}, bound to its deployment;
 *   <li>what the process reads right after such an element, until it waits again (gateway conditions, other
 *       expressions, decision table inputs), and no one else provides (the diagram, Java steps, beans), is a field
 *       of that element's form; every form field is a variable the process or its Java steps use;
 *   <li>forms are what Tasklist 7.24 renders (schemaVersion, component types) and their choice lists are the
 *       input values of the decision tables that read them, as are the case API's.
 * </ul>
 */
class FormCatalogTest {

  /** Custom property of a choice field naming the decision input its values come from: {@code decision/input}. */
  static final String DMN_INPUT = "dmnInput";

  static Map<String, CamundaForm> forms;
  static Map<Path, BpmnModelInstance> diagrams;
  /** Each diagram read as the deployment check reads it ({@link FormReads}), by file. */
  static Map<Path, FormReads> reads;
  static Map<String, DmnModelInstance> decisions;
  /** The root element of the DMN file of each decision, by decision id. */
  static Map<String, Element> decisionXml;

  @BeforeAll
  static void read() {
    forms = new HashMap<>();
    for (Path file : FormFiles.forms()) {
      CamundaForm form = FormFiles.form(file);
      assertThat(file.getFileName().toString()).as("file name of form %s", form.id()).isEqualTo(form.id() + ".form");
      assertThat(forms.put(form.id(), form)).as("two forms with id %s", form.id()).isNull();
    }
    diagrams = new HashMap<>();
    reads = new HashMap<>();
    for (Path file : FormFiles.list(FormFiles.PROCESSES, ".bpmn")) {
      diagrams.put(file, Bpmn.readModelFromFile(file.toFile()));
      reads.put(file, FormReads.of(xml(file).getDocumentElement()));
    }
    decisions = new HashMap<>();
    decisionXml = new HashMap<>();
    for (Path file : FormFiles.list(FormFiles.PROCESSES, ".dmn")) {
      DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
      Element root = xml(file).getDocumentElement();
      model.getModelElementsByType(Decision.class).forEach(d -> {
        decisions.put(d.getId(), model);
        decisionXml.put(d.getId(), root);
      });
    }
    assertThat(diagrams).isNotEmpty();
    assertThat(forms).isNotEmpty();
  }

  @Test
  void everyUserTaskAndAgentFacingStartEventHasADeployedForm() {
    List<String> problems = new ArrayList<>();
    for (FormElement element : formElements()) {
      String formRef = element.attribute("formRef");
      if (element.attribute("formKey") != null) {
        problems.add(element + " uses camunda:formKey; reference a Camunda Form with camunda:formRef");
      } else if (formRef == null) {
        problems.add(element + " has no form (camunda:formRef)");
      } else if (!forms.containsKey(formRef)) {
        problems.add(element + " references form " + formRef + ", which is not in forms/");
      } else if (!"latest".equals(element.attribute("formRefBinding"))) {
        // a form an analyst deploys alone from Modeler must govern the next task (README, "Deploying diagrams")
        problems.add(element + " must bind the latest version of its form (camunda:formRefBinding=\"latest\")");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void whatTheProcessReadsRightAfterAFormIsInTheForm() {
    Set<String> provided = providedWithoutForms();
    List<String> problems = new ArrayList<>();
    for (FormElement element : formElements()) {
      CamundaForm form = forms.get(element.attribute("formRef"));
      if (form == null) {
        continue; // reported by everyUserTaskAndAgentFacingStartEventHasADeployedForm
      }
      Set<String> inputs = form.inputs().stream().map(CamundaForm.Field::key).collect(Collectors.toSet());
      // what the element maps itself (e.g. clearing its form's variables for each new task) provides nothing
      Set<String> passedOn = FormReads.writtenBy(element.node().element());
      for (String variable : readsUntilNextWaitState(element)) {
        if (!inputs.contains(variable) && (!provided.contains(variable) || passedOn.contains(variable))) {
          problems.add(element + " is followed by an expression reading " + variable
              + ", which neither its form " + form.id() + " nor the process provides");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void readsAfterTheTasksAreFoundAsExpected() {
    // guards the walk above: it must see the gateways and decision tables that follow a form
    FormElement work = formElements().stream().filter(e -> e.node().id().equals("work-case")).findFirst().orElseThrow();
    assertThat(readsUntilNextWaitState(work)).contains("workAction");
    FormElement intake = formElements().stream().filter(e -> e.node().id().equals("case-reported")).findFirst()
        .orElseThrow();
    assertThat(readsUntilNextWaitState(intake)).contains("entitled", "impact", "urgency", "category", "product",
        "channel", "priority");
  }

  @Test
  void everyFormFieldIsAVariableTheProcessUses() {
    Set<String> used = new HashSet<>(caseVariables());
    diagrams.forEach((file, model) -> model.getModelElementsByType(FlowNode.class)
        .forEach(node -> used.addAll(identifiersIn(file, node))));
    diagrams.forEach((file, model) -> model.getModelElementsByType(SequenceFlow.class)
        .forEach(flow -> used.addAll(identifiersIn(file, flow))));
    decisions.keySet().forEach(decision -> used.addAll(decisionInputs(decision)));
    List<String> unused = forms.values().stream()
        .flatMap(form -> form.inputs().stream()
            .filter(field -> !used.contains(field.key()))
            .map(field -> form.id() + "." + field.key()))
        .toList();
    assertThat(unused).as("form fields no diagram reads and no *Variables class names").isEmpty();
  }

  @Test
  void formsAreWhatTasklist724Renders() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Path file : FormFiles.forms()) {
      JsonNode form = json.readTree(file.toFile());
      // parsing refuses newer schemas, unsupported component types, dynamic choices and expression-valued rules
      CamundaForm parsed = CamundaForm.parse(form);
      assertThat(parsed.schemaVersion()).as(file.toString()).isLessThanOrEqualTo(CamundaForm.MAX_SCHEMA_VERSION);
      assertThat(form.path("executionPlatform").asText()).as(file + ": saved for").isEqualTo("Camunda Platform");
      assertThat(form.path("executionPlatformVersion").asText()).as(file + ": saved for").startsWith("7.");
      assertThat(parsed.fields()).extracting(CamundaForm.Field::type).as(file.toString())
          .allMatch(CamundaForm.SUPPORTED_TYPES::contains);
      for (CamundaForm.Field field : parsed.inputs()) {
        assertThat(field.label()).as("%s: label of %s", file, field.key()).isNotBlank();
      }
    }
  }

  @Test
  void validationMessagesReadAsWords() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> problems = new ArrayList<>();
    for (Path file : FormFiles.forms()) {
      JsonNode form = json.readTree(file.toFile());
      for (JsonNode component : form.path("components")) {
        if (!component.path("validate").path("pattern").asText("").isEmpty()) {
          problems.add(file.getFileName() + " " + component.path("key").asText() + ": validate.pattern makes Tasklist "
              + "(form-js 1.8) show the regular expression to the agent; put it in the custom properties "
              + CamundaForm.PATTERN_PROPERTY + " and " + CamundaForm.PATTERN_MESSAGE_PROPERTY);
        }
      }
      for (CamundaForm.Field field : CamundaForm.parse(form).inputs()) {
        String where = file.getFileName() + " " + field.key();
        if (field.pattern() != null && (field.patternMessage() == null || !field.patternMessage().startsWith("must "))) {
          problems.add(where + ": a pattern needs a human message in custom property "
              + CamundaForm.PATTERN_MESSAGE_PROPERTY + ", e.g. \"must be a phone number such as +36 1 234 5678\"");
        }
        if (field.patternMessage() != null && field.pattern() == null) {
          problems.add(where + ": " + CamundaForm.PATTERN_MESSAGE_PROPERTY + " without a pattern");
        }
        boolean text = field.type().equals("textfield") || field.type().equals("textarea");
        if (text && field.required() && (field.minLength() == null || field.minLength() < 1)) {
          problems.add(where + ": a required text needs minLength 1, or Tasklist accepts a text of spaces");
        }
        if (text && field.key().toLowerCase().endsWith("email") && !"email".equals(field.validationType())) {
          problems.add(where + ": an e-mail field uses validationType email (form-js's own rule and message)");
        }
        if ("phone".equals(field.validationType())) {
          problems.add(where + ": validationType phone refuses \"+36 1 234 5678\" (E.164 without spaces); use the "
              + "phone pattern of case-intake");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aCaseNumberFieldChecksTheFormatTheServerDraws() {
    List<String> fields = new ArrayList<>();
    for (CamundaForm form : forms.values()) {
      for (CamundaForm.Field field : form.inputs()) {
        if (field.key().equals("caseNumber")) { // ours; a vendor's case number has its own format
          fields.add(form.id() + "." + field.key());
          assertThat(String.valueOf(field.pattern())).as(form.id() + "." + field.key())
              .isEqualTo("^" + io.casedesk.cases.CaseNumbers.PATTERN + "$");
        }
      }
    }
    assertThat(fields).as("the forms that name a case").contains("complaint-intake.caseNumber");
  }

  @Test
  void phoneNumbersFollowOneRuleInEveryForm() {
    Set<String> rules = new HashSet<>();
    for (CamundaForm form : forms.values()) {
      for (CamundaForm.Field field : form.inputs()) {
        if (field.key().toLowerCase().endsWith("phone")) {
          assertThat(field.pattern()).as(form.id() + "." + field.key()).isNotNull();
          rules.add(field.pattern().pattern() + " / " + field.patternMessage());
        }
      }
    }
    assertThat(rules).singleElement().asString().endsWith("must be a phone number such as +36 1 234 5678");
  }

  @Test
  void choiceListsAreTheInputValuesOfTheDecisionTables() {
    Set<String> decisionInputs = decisions.values().stream().distinct()
        .flatMap(model -> model.getModelElementsByType(Input.class).stream())
        .filter(input -> input.getInputValues() != null)
        .map(FormCatalogTest::inputName)
        .collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (CamundaForm form : forms.values()) {
      for (CamundaForm.Field field : form.inputs()) {
        if (!field.isChoice()) {
          continue;
        }
        String source = field.property(DMN_INPUT).orElse(null);
        if (source == null) {
          if (decisionInputs.contains(field.key())) {
            problems.add(form.id() + "." + field.key() + " is a decision input: name it in custom property "
                + DMN_INPUT + " (decision/input) so its choices cannot drift");
          }
          continue;
        }
        String[] decisionAndInput = source.split("/", 2);
        List<String> allowed = allowedValues(decisionAndInput[0], decisionAndInput[1]);
        if (!new TreeSet<>(allowed).equals(new TreeSet<>(field.choices()))) {
          problems.add(form.id() + "." + field.key() + " offers " + field.choices() + " but decision input " + source
              + " allows " + allowed);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void caseApiTakesItsChoicesFromTheSameDecisionInputs() {
    List<String> checked = new ArrayList<>();
    for (RecordComponent component : CaseRequests.OpenCase.class.getRecordComponents()) {
      DecisionInputValue annotation = component.getAnnotation(DecisionInputValue.class);
      if (annotation != null) {
        assertThat(allowedValues(annotation.decision(), annotation.input())).as(component.getName()).isNotEmpty();
        checked.add(component.getName());
      }
    }
    assertThat(checked).containsExactlyInAnyOrder("category", "impact", "urgency");
  }

  // --- the elements with forms and what follows them ---

  /** An element where an agent fills in a form ({@link FormReads#formElements()}), with its file. */
  record FormElement(Path file, FormReads.FormElement node) {
    String attribute(String name) {
      return node.attribute(name);
    }

    @Override
    public String toString() {
      return file.getFileName() + ": " + node;
    }
  }

  static List<FormElement> formElements() {
    List<FormElement> elements = new ArrayList<>();
    reads.forEach((file, diagram) -> diagram.formElements()
        .forEach(element -> elements.add(new FormElement(file, element))));
    return elements;
  }

  /** What the process reads right after the element, until it waits again: the deployment check's walk. */
  static Set<String> readsUntilNextWaitState(FormElement element) {
    return reads.get(element.file())
        .readsUntilNextWaitState(element.node().element(), FormCatalogTest::decisionInputs).keySet();
  }

  /** Names in the expressions of a flow node or flow of a diagram, as the deployment check reads them. */
  static Set<String> identifiersIn(Path file, ModelElementInstance element) {
    return FormReads.identifiersIn(reads.get(file).element(element.getAttributeValue("id")));
  }

  private static Document xml(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }

  private static Set<String> decisionInputs(String decisionId) {
    assertThat(decisionXml).as("decision " + decisionId).containsKey(decisionId);
    return FormReads.decisionInputs(decisionXml.get(decisionId), decisionId);
  }

  private static String inputName(Input input) {
    return input.getCamundaInputVariable() != null ? input.getCamundaInputVariable()
        : input.getInputExpression().getText().getTextContent().strip();
  }

  private static List<String> allowedValues(String decisionId, String input) {
    DmnModelInstance model = decisions.get(decisionId);
    assertThat(model).as("decision " + decisionId + " in processes/").isNotNull();
    return DecisionInputs.allowedValues(model, decisionId, input);
  }

  // --- who else provides variables ---

  /**
   * Variables set by the diagrams (result and output variables, the initiator, ...), by the Java steps
   * ({@link JavaStepVariables}, checked against src/main/java below) and the names of Spring beans expressions call.
   */
  static Set<String> providedWithoutForms() {
    Set<String> provided = new HashSet<>();
    reads.values().forEach(diagram -> provided.addAll(diagram.written()));
    provided.addAll(JavaStepVariables.NAMES);
    provided.addAll(javaSources().beans());
    return provided;
  }

  @Test
  void theVariablesJavaStepsSetAreListedForTheDeploymentCheck() {
    // the server cannot scan its sources at deployment: JavaStepVariables is the list, kept true here
    Set<String> set = javaSources().setVariables().stream()
        .filter(name -> name.matches("[A-Za-z_][A-Za-z0-9_]*"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(new TreeSet<>(JavaStepVariables.NAMES))
        .as("io.casedesk.deployment.JavaStepVariables.NAMES and the setVariable/put names of src/main/java")
        .isEqualTo(set);
  }

  record JavaSources(Set<String> setVariables, Set<String> beans) {}

  private static JavaSources javaSourcesCache;

  static synchronized JavaSources javaSources() {
    if (javaSourcesCache != null) {
      return javaSourcesCache;
    }
    Map<String, Set<String>> constants = new HashMap<>();
    List<String> sources = new ArrayList<>();
    Set<String> beans = new HashSet<>();
    Pattern constant = Pattern.compile("static final String (\\w+) = \"([^\"]*)\";");
    Pattern named = Pattern.compile("@(?:Component|Service)\\(\"([^\"]+)\"\\)");
    Pattern unnamed = Pattern.compile("@(?:Component|Service|Configuration)\\s+(?:public\\s+)?(?:final\\s+)?class (\\w+)");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        sources.add(source);
        Matcher c = constant.matcher(source);
        while (c.find()) {
          constants.computeIfAbsent(c.group(1), k -> new HashSet<>()).add(c.group(2));
        }
        Matcher n = named.matcher(source);
        while (n.find()) {
          beans.add(n.group(1));
        }
        Matcher u = unnamed.matcher(source);
        while (u.find()) {
          beans.add(Character.toLowerCase(u.group(1).charAt(0)) + u.group(1).substring(1));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Set<String> set = new HashSet<>();
    // setVariable("x") or setVariable(X); and put(X) of a variables map handed to the engine (constants only)
    Pattern setVariable = Pattern.compile("\\.setVariable(?:Local)?\\(\\s*(?:\"([^\"]+)\"|(?:\\w+\\.)?(\\w+))"
        + "|\\.put\\(\\s*(?:\\w+\\.)?([A-Z][A-Z0-9_]*)\\b");
    // put(X) counts only where a variables map can reach the engine (not a problem body's "errors", say)
    Pattern handsVariables = Pattern.compile("DelegateExecution|VariableMap|VariableScope|startProcessInstance"
        + "|setVariables|correlate|\\.complete\\(|submit(?:Start|Task)Form");
    for (String source : sources) {
      boolean engineSide = handsVariables.matcher(source).find();
      Matcher m = setVariable.matcher(source);
      while (m.find()) {
        if (m.group(3) != null && !engineSide) {
          continue;
        }
        if (m.group(1) != null) {
          set.add(m.group(1));
        } else {
          set.addAll(constants.getOrDefault(m.group(2) != null ? m.group(2) : m.group(3), Set.of()));
        }
      }
    }
    javaSourcesCache = new JavaSources(set, beans);
    return javaSourcesCache;
  }

  /** The variable names the capabilities' {@code *Variables} classes (CaseVariables, RmaVariables, ...) declare. */
  private static Set<String> caseVariables() {
    Set<String> names = Arrays.stream(CaseVariables.class.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
        .map(FormCatalogTest::value)
        .collect(Collectors.toCollection(HashSet::new));
    Pattern constant = Pattern.compile("static final String \\w+ = \"([^\"]*)\";");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Variables.java")).toList()) {
        Matcher m = constant.matcher(Files.readString(file));
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}

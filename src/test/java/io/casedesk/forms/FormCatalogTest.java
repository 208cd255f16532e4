package io.casedesk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.cases.CaseRequests;
import io.casedesk.cases.CaseVariables;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

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

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
  // a name not preceded by a dot and not called as a function (date(...), dateTime())
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])([A-Za-z_][A-Za-z0-9_]*)(?![\\w(]|\\s+\\()");
  private static final Set<String> EL_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "empty",
      "null", "true", "false", "div", "mod", "instanceof",
      // what the engine puts in every expression's context
      "execution", "task", "decisionResult", "authenticatedUserId", "variableScope", "dateTime", "now");
  private static final Set<String> WRITING_ATTRIBUTES = Set.of("resultVariable", "initiator", "elementVariable",
      "errorCodeVariable", "errorMessageVariable", "variableName");

  static Map<String, CamundaForm> forms;
  static Map<Path, BpmnModelInstance> diagrams;
  /** The XML elements of each diagram by id, to read every attribute (the model API lists only declared ones). */
  static Map<String, Element> xmlById;
  static Map<String, DmnModelInstance> decisions;

  @BeforeAll
  static void read() {
    forms = new HashMap<>();
    for (Path file : FormFiles.forms()) {
      CamundaForm form = FormFiles.form(file);
      assertThat(file.getFileName().toString()).as("file name of form %s", form.id()).isEqualTo(form.id() + ".form");
      assertThat(forms.put(form.id(), form)).as("two forms with id %s", form.id()).isNull();
    }
    diagrams = new HashMap<>();
    xmlById = new HashMap<>();
    for (Path file : FormFiles.list(FormFiles.PROCESSES, ".bpmn")) {
      diagrams.put(file, Bpmn.readModelFromFile(file.toFile()));
      NodeList all = xml(file).getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        Element element = (Element) all.item(i);
        if (element.hasAttribute("id")) {
          xmlById.put(key(file, element.getAttribute("id")), element);
        }
      }
    }
    decisions = new HashMap<>();
    for (Path file : FormFiles.list(FormFiles.PROCESSES, ".dmn")) {
      DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
      model.getModelElementsByType(Decision.class).forEach(d -> decisions.put(d.getId(), model));
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
      Set<String> passedOn = new HashSet<>();
      collectWritten(xmlById.get(key(element.file(), element.node().getId())), passedOn);
      for (String variable : readsUntilNextWaitState(element.node())) {
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
    FormElement work = formElements().stream().filter(e -> e.node().getId().equals("work-case")).findFirst().orElseThrow();
    assertThat(readsUntilNextWaitState(work.node())).contains("workAction");
    FormElement intake = formElements().stream().filter(e -> e.node().getId().equals("case-reported")).findFirst()
        .orElseThrow();
    assertThat(readsUntilNextWaitState(intake.node())).contains("entitled", "impact", "urgency", "category", "product",
        "channel", "priority");
  }

  @Test
  void everyFormFieldIsAVariableTheProcessUses() {
    Set<String> used = new HashSet<>(caseVariables());
    diagrams.values().forEach(model -> model.getModelElementsByType(FlowNode.class)
        .forEach(node -> used.addAll(identifiersIn(node))));
    diagrams.values().forEach(model -> model.getModelElementsByType(SequenceFlow.class)
        .forEach(flow -> used.addAll(identifiersIn(flow))));
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

  record FormElement(Path file, FlowNode node) {
    String attribute(String name) {
      return node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", name);
    }

    @Override
    public String toString() {
      return file.getFileName() + ": " + node.getElementType().getTypeName() + " '" + node.getId() + "' ("
          + node.getName() + ")";
    }
  }

  static List<FormElement> formElements() {
    List<FormElement> elements = new ArrayList<>();
    diagrams.forEach((file, model) -> {
      model.getModelElementsByType(UserTask.class).forEach(task -> elements.add(new FormElement(file, task)));
      model.getModelElementsByType(StartEvent.class).stream()
          // started by other processes or by the server (camunda:isStartableInTasklist="false"): no agent starts them
          .filter(start -> start.getParentElement() instanceof Process process && process.isExecutable()
              && process.isCamundaStartableInTasklist())
          .filter(start -> start.getEventDefinitions().isEmpty())
          .forEach(start -> elements.add(new FormElement(file, start)));
    });
    return elements;
  }

  /** Variables read from an element on until the process waits again, without following boundary events. */
  static Set<String> readsUntilNextWaitState(FlowNode from) {
    Set<String> reads = new TreeSet<>();
    Deque<FlowNode> next = new ArrayDeque<>();
    Set<String> visited = new HashSet<>();
    from.getOutgoing().forEach(flow -> next.add(follow(flow, reads)));
    while (!next.isEmpty()) {
      FlowNode node = next.poll();
      if (!visited.add(node.getId())) {
        continue;
      }
      reads.addAll(identifiersIn(node));
      if (node instanceof BusinessRuleTask rule && rule.getCamundaDecisionRef() != null) {
        reads.addAll(decisionInputs(rule.getCamundaDecisionRef()));
      }
      if (node instanceof UserTask || node instanceof ReceiveTask || node instanceof IntermediateCatchEvent
          || node instanceof EventBasedGateway || node instanceof EndEvent || node instanceof CallActivity) {
        continue;
      }
      if (node instanceof SubProcess subProcess) {
        subProcess.getChildElementsByType(StartEvent.class).stream()
            .filter(start -> start.getEventDefinitions().isEmpty())
            .forEach(next::add);
        continue;
      }
      node.getOutgoing().forEach(flow -> next.add(follow(flow, reads)));
    }
    return reads;
  }

  private static FlowNode follow(SequenceFlow flow, Set<String> reads) {
    reads.addAll(identifiersIn(flow));
    return flow.getTarget();
  }

  /** Names in the expressions of an element and its extension elements, without nested flow elements. */
  static Set<String> identifiersIn(ModelElementInstance element) {
    String id = element.getAttributeValue("id");
    Element xml = diagrams.entrySet().stream()
        .filter(d -> d.getValue() == element.getModelInstance())
        .map(d -> xmlById.get(key(d.getKey(), id)))
        .findFirst().orElseThrow();
    Set<String> names = new TreeSet<>();
    collect(xml, names, true);
    return names;
  }

  private static void collect(Element element, Set<String> names, boolean root) {
    if (!root && isFlowElement(element)) {
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      names.addAll(identifiers(attributes.item(i).getNodeValue()));
    }
    boolean hasChildElements = false;
    for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        hasChildElements = true;
        collect(childElement, names, false);
      }
    }
    if (!hasChildElements) {
      names.addAll(identifiers(element.getTextContent()));
    }
  }

  private static boolean isFlowElement(Element element) {
    return "http://www.omg.org/spec/BPMN/20100524/MODEL".equals(element.getNamespaceURI())
        && !Set.of("extensionElements", "conditionExpression", "timerEventDefinition", "timeDate", "timeDuration",
            "timeCycle", "conditionalEventDefinition", "condition", "multiInstanceLoopCharacteristics",
            "loopCardinality", "completionCondition").contains(element.getLocalName());
  }

  private static String key(Path file, String id) {
    return file + "#" + id;
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

  static Set<String> identifiers(String text) {
    Set<String> names = new LinkedHashSet<>();
    if (text == null) {
      return names;
    }
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      Matcher identifier = IDENTIFIER.matcher(STRING_LITERAL.matcher(expression.group(1)).replaceAll("''"));
      while (identifier.find()) {
        if (!EL_WORDS.contains(identifier.group(1))) {
          names.add(identifier.group(1));
        }
      }
    }
    return names;
  }

  private static Set<String> decisionInputs(String decisionId) {
    DmnModelInstance model = decisions.get(decisionId);
    assertThat(model).as("decision " + decisionId).isNotNull();
    Decision decision = model.getModelElementById(decisionId);
    return ((DecisionTable) decision.getExpression()).getInputs().stream()
        .flatMap(input -> identifiers("${" + input.getInputExpression().getText().getTextContent() + "}").stream())
        .collect(Collectors.toSet());
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
   * ({@code setVariable} in src/main/java) and the names of Spring beans expressions call.
   */
  static Set<String> providedWithoutForms() {
    Set<String> provided = new HashSet<>();
    for (Element element : xmlById.values()) {
      collectWritten(element, provided);
    }
    provided.addAll(javaSources().setVariables());
    provided.addAll(javaSources().beans());
    return provided;
  }

  private static void collectWritten(Element element, Set<String> provided) {
    if (Set.of("inputParameter", "outputParameter").contains(element.getLocalName())) {
      provided.add(element.getAttribute("name"));
    }
    for (String attribute : WRITING_ATTRIBUTES) {
      if (element.hasAttributeNS("http://camunda.org/schema/1.0/bpmn", attribute)) {
        provided.add(element.getAttributeNS("http://camunda.org/schema/1.0/bpmn", attribute));
      }
    }
    for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        collectWritten(childElement, provided);
      }
    }
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
    for (String source : sources) {
      Matcher m = setVariable.matcher(source);
      while (m.find()) {
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

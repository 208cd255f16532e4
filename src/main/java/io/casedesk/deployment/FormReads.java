package io.casedesk.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.forms.CamundaForm;
import io.casedesk.forms.UnsupportedFormException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What a diagram reads right after a form, read from its XML: the user tasks and agent-facing start events with a
 * form, the variables the process reads from such an element on until it waits again (gateway conditions, other
 * expressions, decision table inputs), and the variables the diagram itself writes. Shared by
 * {@link FormFieldCheck} (at deployment) and the catalogue test of the shipped files ({@code FormCatalogTest}).
 *
 * <p>Names are found in {@code ${...}} and {@code #{...}} by pattern, not by a JUEL parser: a name not preceded by a
 * dot and not called as a function, string literals and EL words left out. What counts as read is therefore a
 * little more than what JUEL evaluates (a bean's name, say), never less; callers subtract what beans and Java steps
 * provide.
 */
public final class FormReads {

  public static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  public static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

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
  /** BPMN elements that are part of the element they are in, not flow elements of their own. */
  private static final Set<String> PARTS = Set.of("extensionElements", "conditionExpression", "timerEventDefinition",
      "timeDate", "timeDuration", "timeCycle", "conditionalEventDefinition", "condition",
      "multiInstanceLoopCharacteristics", "loopCardinality", "completionCondition");
  /** Where the process waits (or leaves this diagram): the walk stops after reading them. */
  private static final Set<String> WAIT_STATES = Set.of("userTask", "receiveTask", "intermediateCatchEvent",
      "eventBasedGateway", "endEvent", "callActivity");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Element root;
  private final Map<String, Element> byId = new HashMap<>();
  private final Map<String, List<Element>> outgoing = new HashMap<>();

  private FormReads(Element root) {
    this.root = root;
    index(root);
  }

  /** Reads a BPMN file (without DTDs or external entities). */
  public static FormReads of(byte[] bpmn) {
    try {
      return new FormReads(DeploymentChecks.xml(bpmn));
    } catch (Exception e) {
      throw new IllegalArgumentException("not a readable BPMN file: " + e.getMessage(), e);
    }
  }

  public static FormReads of(Element definitions) {
    return new FormReads(definitions);
  }

  /** A user task or an agent-facing start event, with its form reference. */
  public record FormElement(Element element) {

    public String id() {
      return element.getAttribute("id");
    }

    public String kind() {
      return element.getLocalName();
    }

    /** A camunda attribute, or null where it is absent. */
    public String attribute(String name) {
      return element.hasAttributeNS(CAMUNDA, name) ? element.getAttributeNS(CAMUNDA, name) : null;
    }

    public String formRef() {
      return attribute("formRef");
    }

    /** The binding of the form; Camunda's default is {@code latest}. */
    public String formRefBinding() {
      String binding = attribute("formRefBinding");
      return binding == null || binding.isBlank() ? "latest" : binding.trim();
    }

    @Override
    public String toString() {
      String name = element.getAttribute("name");
      return kind() + " '" + id() + "'" + (name.isBlank() ? "" : " (" + name.replaceAll("\\s+", " ") + ")");
    }
  }

  /**
   * Every user task, and every none start event of an executable process that Tasklist offers to start (not
   * {@code camunda:isStartableInTasklist="false"}): the elements where an agent fills in a form.
   */
  public List<FormElement> formElements() {
    List<FormElement> elements = new ArrayList<>();
    for (Element element : byId.values()) {
      if (!BPMN.equals(element.getNamespaceURI())) {
        continue;
      }
      if ("userTask".equals(element.getLocalName())) {
        elements.add(new FormElement(element));
      } else if ("startEvent".equals(element.getLocalName()) && element.getParentNode() instanceof Element process
          && "process".equals(process.getLocalName()) && "true".equals(process.getAttribute("isExecutable").trim())
          && !"false".equals(process.getAttributeNS(CAMUNDA, "isStartableInTasklist").trim())
          && !hasEventDefinition(element)) {
        elements.add(new FormElement(element));
      }
    }
    elements.sort((a, b) -> a.id().compareTo(b.id()));
    return elements;
  }

  /** The ids of the processes the file defines. */
  public Set<String> processIds() {
    Set<String> ids = new TreeSet<>();
    for (Element element : byId.values()) {
      if ("process".equals(element.getLocalName())) {
        ids.add(element.getAttribute("id"));
      }
    }
    return ids;
  }

  /** The file's root element ({@code definitions}). */
  public Element root() {
    return root;
  }

  public Element element(String id) {
    return byId.get(id);
  }

  /**
   * The variables read from the element on until the process waits again, each with the id of the first element
   * or flow found reading it; boundary events are not followed, a subprocess is entered at its none start event,
   * and a business rule task reads the inputs of its table ({@code decisionInputs}: decision key to the names its
   * inputs read, empty where unknown).
   */
  public Map<String, String> readsUntilNextWaitState(Element from, Function<String, Set<String>> decisionInputs) {
    Map<String, String> reads = new TreeMap<>();
    Deque<Element> next = new ArrayDeque<>();
    Set<String> visited = new HashSet<>();
    outgoing(from).forEach(flow -> next.add(follow(flow, reads)));
    while (!next.isEmpty()) {
      Element node = next.poll();
      if (node == null || !visited.add(node.getAttribute("id"))) {
        continue;
      }
      String id = node.getAttribute("id");
      identifiersIn(node).forEach(name -> reads.putIfAbsent(name, id));
      String decisionRef = node.getAttributeNS(CAMUNDA, "decisionRef");
      if ("businessRuleTask".equals(node.getLocalName()) && !decisionRef.isBlank()) {
        decisionInputs.apply(decisionRef.trim()).forEach(name -> reads.putIfAbsent(name, id));
      }
      if (WAIT_STATES.contains(node.getLocalName())) {
        continue;
      }
      if ("subProcess".equals(node.getLocalName()) || "transaction".equals(node.getLocalName())) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
          if (child instanceof Element start && "startEvent".equals(start.getLocalName())
              && !hasEventDefinition(start)) {
            next.add(start);
          }
        }
        continue;
      }
      outgoing(node).forEach(flow -> next.add(follow(flow, reads)));
    }
    return reads;
  }

  private Element follow(Element flow, Map<String, String> reads) {
    String id = flow.getAttribute("id");
    identifiersIn(flow).forEach(name -> reads.putIfAbsent(name, id));
    return byId.get(flow.getAttribute("targetRef"));
  }

  private List<Element> outgoing(Element node) {
    return outgoing.getOrDefault(node.getAttribute("id"), List.of());
  }

  /** The variables the whole diagram writes: result and output variables, the initiator, ... */
  public Set<String> written() {
    return writtenBy(root);
  }

  /** The variables an element (and what it contains) writes. */
  public static Set<String> writtenBy(Element element) {
    Set<String> written = new HashSet<>();
    collectWritten(element, written);
    return written;
  }

  private static void collectWritten(Element element, Set<String> written) {
    if (Set.of("inputParameter", "outputParameter").contains(element.getLocalName())) {
      written.add(element.getAttribute("name"));
    }
    for (String attribute : WRITING_ATTRIBUTES) {
      if (element.hasAttributeNS(CAMUNDA, attribute)) {
        written.add(element.getAttributeNS(CAMUNDA, attribute));
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        collectWritten(childElement, written);
      }
    }
  }

  /** Names in the expressions of an element and its extension elements, without nested flow elements. */
  public static Set<String> identifiersIn(Element element) {
    Set<String> names = new TreeSet<>();
    collect(element, names, true);
    return names;
  }

  private static void collect(Element element, Set<String> names, boolean root) {
    if (!root && BPMN.equals(element.getNamespaceURI()) && !PARTS.contains(element.getLocalName())) {
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      names.addAll(identifiers(attributes.item(i).getNodeValue()));
    }
    boolean hasChildElements = false;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        hasChildElements = true;
        collect(childElement, names, false);
      }
    }
    if (!hasChildElements) {
      names.addAll(identifiers(element.getTextContent()));
    }
  }

  /** The names an expression text reads, in order of appearance. */
  public static Set<String> identifiers(String text) {
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

  /**
   * The names the inputs of a decision read (input expressions, JUEL or FEEL), from a DMN file's root; empty where
   * the file has no such decision.
   */
  public static Set<String> decisionInputs(Element dmn, String decisionId) {
    Set<String> names = new HashSet<>();
    Element decision = find(dmn, "decision", decisionId);
    if (decision != null) {
      collectInputs(decision, names);
    }
    return names;
  }

  private static void collectInputs(Element element, Set<String> names) {
    if ("inputExpression".equals(element.getLocalName())) {
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element text && "text".equals(text.getLocalName())) {
          names.addAll(identifiers("${" + text.getTextContent() + "}"));
        }
      }
      return;
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        collectInputs(childElement, names);
      }
    }
  }

  /** Whether a DMN file's root holds the decision. */
  public static boolean hasDecision(Element dmn, String decisionId) {
    return find(dmn, "decision", decisionId) != null;
  }

  /**
   * The keys of the fields an agent submits in a form ({@link CamundaForm#inputs()}); a form the server does not
   * validate (a component type Casedesk forms do not use) is read leniently: every component with a key that is
   * not disabled.
   */
  public static Set<String> fieldKeys(byte[] form) {
    Set<String> keys = new TreeSet<>();
    try {
      CamundaForm.parse(form).inputs().forEach(field -> keys.add(field.key()));
    } catch (UnsupportedFormException e) {
      try {
        collectKeys(JSON.readTree(form), keys);
      } catch (Exception unreadable) {
        // no fields: the engine refuses what it cannot read
      }
    }
    return keys;
  }

  private static void collectKeys(JsonNode node, Set<String> keys) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)
          && !"text".equals(component.path("type").asText())) {
        keys.add(component.path("key").asText());
      }
      collectKeys(component, keys);
    }
  }

  private void index(Element element) {
    if (element.hasAttribute("id") && BPMN.equals(element.getNamespaceURI())) {
      byId.putIfAbsent(element.getAttribute("id"), element);
      if ("sequenceFlow".equals(element.getLocalName())) {
        outgoing.computeIfAbsent(element.getAttribute("sourceRef"), k -> new ArrayList<>()).add(element);
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        index(childElement);
      }
    }
  }

  private static boolean hasEventDefinition(Element event) {
    for (Node child = event.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element definition && definition.getLocalName().endsWith("EventDefinition")) {
        return true;
      }
    }
    return false;
  }

  private static Element find(Element element, String localName, String id) {
    if (localName.equals(element.getLocalName()) && id.equals(element.getAttribute("id"))) {
      return element;
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        Element found = find(childElement, localName, id);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}

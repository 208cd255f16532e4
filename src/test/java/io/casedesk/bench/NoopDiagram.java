package io.casedesk.bench;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A copy of a deployed diagram in which Casedesk's own code does nothing: read from whatever diagram is deployed,
 * so it follows the case diagram as it changes (no element id is named here).
 *
 * <ul>
 *   <li>every delegate and listener ({@code camunda:delegateExpression}, {@code camunda:class}) becomes
 *       {@code ${benchNoop}} ({@link BenchNoop}), without its field injections;
 *   <li>every {@code camunda:expression} that calls a Spring bean becomes {@code ${benchNoop.nothing()}} (and
 *       loses its result variable, which the start variables give instead);
 *   <li>a timer whose date, duration or cycle calls a bean gets a plain value of the same kind (a date far ahead,
 *       30 days, every 30 days): the engine still creates the same timer job; so does a user task's assignee,
 *       candidates, due date or priority that calls a bean (a bench user or group, a date far ahead, 50);
 *   <li>decision tables and called processes are the same ones: a {@code deployment} binding, which a copy in
 *       a deployment of its own cannot resolve, becomes {@code latest} (the same tables in the bench database);
 *   <li>conditions, input/output mappings and the rest stay as they are; where they call a bean they
 *       are listed in {@link #kept()}, so a reader of the figures knows what code the baseline still runs.
 * </ul>
 * The process gets the key {@code key}; the diagram interchange is dropped (the engine does not need it).
 */
record NoopDiagram(String xml, List<String> replaced, List<String> kept, Set<String> diagramWritten) {

  static final String BEAN = "benchNoop";
  static final String NOTHING = "${" + BEAN + ".nothing()}";
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Map<String, String> PLAIN_TIMERS =
      Map.of("timeDate", "2099-12-31T00:00:00", "timeDuration", "P30D", "timeCycle", "R/P30D");
  /** A user task's people and dates, where they call a bean: a plain value of the same kind (the same rows). */
  private static final Map<String, String> PLAIN_TASK_ATTRIBUTES = Map.of("assignee", "bench-noop-user",
      "candidateUsers", "bench-noop-user", "candidateGroups", "bench-noop-group", "dueDate", "2099-12-31T00:00:00",
      "followUpDate", "2099-12-31T00:00:00", "priority", "50");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  /** A name that is not a property or method of something else and not inside a string literal. */
  private static final Pattern BASE_NAME = Pattern.compile("(?<![\\w.'\"])([A-Za-z_]\\w*)");

  /** The no-op copy of {@code deployedXml} (a BPMN file with one executable process) under the key {@code key}. */
  static NoopDiagram of(byte[] deployedXml, String key, Predicate<String> isBean) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(deployedXml));
      Copy copy = new Copy(isBean);
      copy.rename(document.getDocumentElement(), key);
      copy.visit(document.getDocumentElement());
      StringWriter out = new StringWriter();
      TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
      return new NoopDiagram(out.toString(), copy.replaced, copy.kept, copy.diagramWritten);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot copy the diagram without its code", e);
    }
  }

  /** True when an expression ({@code ${...}} anywhere in {@code value}) names a Spring bean other than the no-op. */
  static boolean callsBean(String value, Predicate<String> isBean) {
    Matcher expression = EXPRESSION.matcher(value);
    while (expression.find()) {
      Matcher name = BASE_NAME.matcher(expression.group(1));
      while (name.find()) {
        if (!name.group(1).equals(BEAN) && isBean.test(name.group(1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static final class Copy {

    private final Predicate<String> isBean;
    private final List<String> replaced = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();
    private final Set<String> diagramWritten = new TreeSet<>();

    Copy(Predicate<String> isBean) {
      this.isBean = isBean;
    }

    void rename(Element definitions, String key) {
      Set<String> oldIds = new LinkedHashSet<>();
      for (Element process : children(definitions, BPMN, "process")) {
        if ("true".equals(process.getAttribute("isExecutable"))) {
          oldIds.add(process.getAttribute("id"));
          process.setAttribute("id", key);
          process.setAttribute("name", "Bench no-op copy of " + process.getAttribute("name"));
          process.setAttributeNS(CAMUNDA, "camunda:isStartableInTasklist", "false");
        }
      }
      if (oldIds.size() != 1) {
        throw new IllegalArgumentException("Expected one executable process, found " + oldIds);
      }
      for (Element diagram : children(definitions, BPMNDI, "BPMNDiagram")) {
        definitions.removeChild(diagram);
      }
      for (Element collaboration : children(definitions, BPMN, "collaboration")) {
        for (Element participant : children(collaboration, BPMN, "participant")) {
          if (oldIds.contains(participant.getAttribute("processRef"))) {
            participant.setAttribute("processRef", key);
          }
        }
      }
    }

    void visit(Element element) {
      boolean camundaElement = CAMUNDA.equals(element.getNamespaceURI());
      String ns = camundaElement ? null : CAMUNDA; // camunda:taskListener has plain attributes, bpmn:serviceTask camunda: ones
      String what = describe(element);
      String delegate = attribute(element, ns, "delegateExpression");
      String className = attribute(element, ns, "class");
      String expression = attribute(element, ns, "expression");
      if (delegate != null || className != null) {
        replaced.add(what + ": " + (delegate != null ? delegate : className));
        removeAttribute(element, ns, "class");
        setAttribute(element, ns, "delegateExpression", "${" + BEAN + "}");
        removeFields(element, camundaElement);
      } else if (expression != null && !"field".equals(element.getLocalName()) && callsBean(expression, isBean)) {
        replaced.add(what + ": " + expression);
        setAttribute(element, ns, "expression", NOTHING);
        removeAttribute(element, ns, "resultVariable");
        removeFields(element, camundaElement);
      }
      if (BPMN.equals(element.getNamespaceURI()) && PLAIN_TIMERS.containsKey(element.getLocalName())
          && callsBean(element.getTextContent(), isBean)) {
        replaced.add(what + ": " + element.getTextContent().trim());
        element.setTextContent(PLAIN_TIMERS.get(element.getLocalName()));
      }
      if (BPMN.equals(element.getNamespaceURI()) && "userTask".equals(element.getLocalName())) {
        PLAIN_TASK_ATTRIBUTES.forEach((name, plain) -> {
          String value = attribute(element, CAMUNDA, name);
          if (value != null && callsBean(value, isBean)) {
            replaced.add(what + " " + name + ": " + value);
            setAttribute(element, CAMUNDA, name, plain);
          }
        });
      }
      for (String binding : List.of("decisionRefBinding", "calledElementBinding", "caseRefBinding")) {
        if ("deployment".equals(attribute(element, CAMUNDA, binding))) {
          setAttribute(element, CAMUNDA, binding, "latest");
        }
      }
      noteWrites(element, camundaElement);
      noteKept(element, what);
      for (Element child : children(element, null, null)) {
        visit(child);
      }
    }

    /** Variables the diagram writes itself: a no-op start must not give them, or they are written twice. */
    private void noteWrites(Element element, boolean camundaElement) {
      String resultVariable = attribute(element, CAMUNDA, "resultVariable");
      if (resultVariable != null && "businessRuleTask".equals(element.getLocalName())) {
        diagramWritten.add(resultVariable);
      }
      String initiator = attribute(element, CAMUNDA, "initiator");
      if (initiator != null) {
        diagramWritten.add(initiator);
      }
      if (camundaElement && "outputParameter".equals(element.getLocalName())) {
        diagramWritten.add(element.getAttribute("name"));
      }
      if (camundaElement && "out".equals(element.getLocalName()) && element.hasAttribute("target")) {
        diagramWritten.add(element.getAttribute("target"));
      }
    }

    private void noteKept(Element element, String what) {
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        String value = ((Attr) attributes.item(i)).getValue();
        if (callsBean(value, isBean)) {
          kept.add(what + " " + ((Attr) attributes.item(i)).getName() + ": " + value);
        }
      }
      if (children(element, null, null).isEmpty() && callsBean(element.getTextContent(), isBean)) {
        kept.add(what + ": " + element.getTextContent().trim());
      }
    }

    private void removeFields(Element element, boolean camundaElement) {
      List<Element> holders = camundaElement ? List.of(element) : children(element, BPMN, "extensionElements");
      for (Element holder : holders) {
        for (Element field : children(holder, CAMUNDA, "field")) {
          holder.removeChild(field);
        }
      }
    }

    private static String describe(Element element) {
      Node node = element;
      while (node instanceof Element e && !e.hasAttribute("id")) {
        node = e.getParentNode();
      }
      String id = node instanceof Element e ? e.getAttribute("id") : "?";
      return element.getLocalName() + (node == element ? "" : " of") + " " + id;
    }

    private static String attribute(Element element, String ns, String name) {
      Attr attr = ns == null ? element.getAttributeNode(name) : element.getAttributeNodeNS(ns, name);
      return attr == null ? null : attr.getValue();
    }

    private static void setAttribute(Element element, String ns, String name, String value) {
      if (ns == null) {
        element.setAttribute(name, value);
      } else {
        element.setAttributeNS(ns, "camunda:" + name, value);
      }
    }

    private static void removeAttribute(Element element, String ns, String name) {
      if (ns == null) {
        element.removeAttribute(name);
      } else {
        element.removeAttributeNS(ns, name);
      }
    }

    private static List<Element> children(Element parent, String ns, String localName) {
      List<Element> found = new ArrayList<>();
      for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element e && (ns == null || ns.equals(e.getNamespaceURI()))
            && (localName == null || localName.equals(e.getLocalName()))) {
          found.add(e);
        }
      }
      return found;
    }
  }
}

package io.casedesk.deployment;

import java.util.Locale;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Tree;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The JUEL expressions of a BPMN file ({@code ${...}}/{@code #{...}} in attributes and texts), as the engine would
 * evaluate them, for the checks that read them ({@link JuelSyntaxCheck}, {@link BeanReferenceCheck}). Left out:
 * what the engine never evaluates as JUEL (documentation, text annotations, diagram interchange, scripts and their
 * texts, a field's {@code camunda:string} and {@code camunda:property} values).
 */
final class DiagramExpressions {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  private DiagramExpressions() {}

  /** Something that reads one expression. */
  interface Visitor {
    /** @param attribute the attribute's local name, or null for the element's text */
    void visit(Element element, String attribute, String expression);
  }

  static void forEach(Element element, Visitor visitor) {
    String local = element.getLocalName();
    String namespace = element.getNamespaceURI();
    if (BPMN.equals(namespace) && (local.equals("documentation") || local.equals("textAnnotation"))) {
      return;
    }
    if (namespace != null && namespace.startsWith("http://www.omg.org/spec/BPMN/20100524/DI")) {
      return;
    }
    if (local.equals("script") || local.equals("scriptTask") || local.equals("string") || local.equals("property")
        || element.hasAttribute("scriptFormat")) {
      return;
    }
    if (element.hasAttribute("language") && !isJuel(element.getAttribute("language"))) {
      return; // a condition in a script language
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if (isExpression(attribute.getValue())) {
        visitor.visit(element, attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName(),
            attribute.getValue());
      }
    }
    String text = text(element);
    if (isExpression(text)) {
      visitor.visit(element, null, text);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        forEach(childElement, visitor);
      }
    }
  }

  static boolean isExpression(String value) {
    return value != null && (value.contains("${") || value.contains("#{"));
  }

  /** The tree of an expression as the engine's JUEL (Camunda's, profile JEE6) parses it; throws where it does not. */
  static Tree parse(String expression) {
    return new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(expression);
  }

  private static boolean isJuel(String language) {
    String normalized = language.trim().toLowerCase(Locale.ROOT);
    return normalized.isEmpty() || normalized.equals("juel");
  }

  /**
   * The element's own text as the engine reads it: all its text and CDATA pieces joined, so that a comment or a
   * CDATA section splitting {@code $} from {@code {execution...}} hides nothing.
   */
  static String text(Element element) {
    var text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString();
  }

  /** The nearest element with an id (a task, event, flow, decision), else the tag. */
  static String elementOf(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (e.hasAttribute("id")) {
        return e.getAttribute("id");
      }
    }
    return element.getTagName();
  }
}

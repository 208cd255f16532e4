package io.casedesk.deployment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A decision table whose FEEL does not parse is refused at deployment (issue 15, item 4): the engine stores such a
 * table and fails only when a case evaluates it. Before the engine parses a new deployment, by anyone (start-up and
 * administrators included), each DMN file's input expressions, input entries (unary tests), output entries and
 * literal expressions in FEEL are parsed with the FEEL engine Camunda uses (feel-scala); the first one that does not
 * parse refuses the deployment with a {@link ParseException} (the engine REST answers 400 naming the file, the
 * decision, the rule and the reason) and nothing of it is stored. Expressions in another language are left to
 * {@link AnalystDeploymentCheck} (for analysts) and to the engine.
 */
@Component
public class FeelSyntaxCheck extends NewDeploymentCheck {

  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

  @Override
  void check(DeploymentEntity deployment) {
    for (ResourceEntity resource : deployment.getResources().values()) {
      whyNot(resource.getName(), resource.getBytes()).ifPresent(refusal -> {
        throw refuse(refusal.resource(), refusal.element(), refusal.reason());
      });
    }
  }

  /** The first FEEL expression of a DMN file that does not parse, or empty (also for other files). */
  Optional<AnalystDeploymentCheck.Refusal> whyNot(String resourceName, byte[] content) {
    String name = resourceName.toLowerCase(Locale.ROOT);
    if (!name.endsWith(".dmn") && !name.endsWith(".dmn11.xml")) {
      return Optional.empty();
    }
    Element root;
    try {
      root = DeploymentChecks.xml(content);
    } catch (Exception e) {
      return Optional.empty(); // the engine's own parser names what is wrong with the XML
    }
    return check(resourceName, root, null);
  }

  private Optional<AnalystDeploymentCheck.Refusal> check(String resource, Element element, String inheritedLanguage) {
    String language = element.hasAttribute("expressionLanguage")
        ? element.getAttribute("expressionLanguage").trim().toLowerCase(Locale.ROOT) : inheritedLanguage;
    // without a language, Camunda 7.24 (FEEL legacy behaviour off) evaluates all of these in FEEL
    if (language == null || language.isEmpty() || AnalystDeploymentCheck.isFeel(language)) {
      String kind = switch (element.getLocalName()) {
        case "inputEntry" -> "input entry";
        case "outputEntry" -> "output entry";
        case "inputExpression" -> "input expression";
        case "literalExpression" -> "literal expression";
        default -> null;
      };
      String text = kind == null ? null : text(element);
      if (text != null && !text.isBlank()) {
        ParseResult parsed = kind.equals("input entry") ? FEEL.parseUnaryTests(text) : FEEL.parseExpression(text);
        if (parsed.isFailure()) {
          return Optional.of(refusal(resource, element, kind, text, parsed.failure().message()));
        }
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        var refusal = check(resource, childElement, language);
        if (refusal.isPresent()) {
          return refusal;
        }
      }
    }
    return Optional.empty();
  }

  /** The text of the expression's {@code <text>} child, else null. */
  private static String text(Element expression) {
    for (Node child = expression.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element text && "text".equals(text.getLocalName())) {
        return text.getTextContent();
      }
    }
    return null;
  }

  /**
   * Names the decision, the rule (its id and its row number as Modeler shows it) and the column, so that an analyst
   * finds the cell; the rule is the element the engine REST reports, else the expression itself.
   */
  private static AnalystDeploymentCheck.Refusal refusal(String resource, Element expression, String kind,
      String text, String failure) {
    Element rule = ancestor(expression, "rule");
    Element decision = ancestor(expression, "decision");
    var where = new StringBuilder();
    if (decision != null) {
      where.append("decision '").append(decision.getAttribute("id")).append("'");
    }
    if (rule != null) {
      where.append(where.isEmpty() ? "" : ", ").append("rule ").append(rowOf(rule)).append(" ('")
          .append(rule.getAttribute("id")).append("')");
    }
    where.append(where.isEmpty() ? "" : ", ").append(kind);
    String column = column(expression, rule);
    if (column != null) {
      where.append(" '").append(column).append("'");
    }
    String element = rule != null && rule.hasAttribute("id") ? rule.getAttribute("id")
        : expression.hasAttribute("id") ? expression.getAttribute("id")
        : decision != null ? decision.getAttribute("id") : expression.getTagName();
    return new AnalystDeploymentCheck.Refusal(resource, element,
        where + ": the FEEL " + text.strip() + " does not parse (" + failure + ")");
  }

  private static Element ancestor(Element element, String localName) {
    for (Node node = element.getParentNode(); node instanceof Element e; node = node.getParentNode()) {
      if (localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static int rowOf(Element rule) {
    int row = 1;
    for (Node node = rule.getPreviousSibling(); node != null; node = node.getPreviousSibling()) {
      if (node instanceof Element e && "rule".equals(e.getLocalName())) {
        row++;
      }
    }
    return row;
  }

  /** The label (else name, else id) of the input or output whose column holds the entry. */
  private static String column(Element entry, Element rule) {
    if (rule == null || !(rule.getParentNode() instanceof Element table)) {
      return null;
    }
    String columnTag = "inputEntry".equals(entry.getLocalName()) ? "input"
        : "outputEntry".equals(entry.getLocalName()) ? "output" : null;
    if (columnTag == null) {
      return null;
    }
    int index = 0;
    for (Node node = entry.getPreviousSibling(); node != null; node = node.getPreviousSibling()) {
      if (node instanceof Element e && entry.getLocalName().equals(e.getLocalName())) {
        index++;
      }
    }
    for (Node node = table.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element column && columnTag.equals(column.getLocalName()) && index-- == 0) {
        for (String attribute : List.of("label", "name", "id")) {
          if (!column.getAttribute(attribute).isBlank()) {
            return column.getAttribute(attribute);
          }
        }
      }
    }
    return null;
  }
}

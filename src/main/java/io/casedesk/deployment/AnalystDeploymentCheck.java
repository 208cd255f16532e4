package io.casedesk.deployment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A deployment by someone who is not an administrator may not run code (issue 15, item 5): Camunda treats a
 * deployment as code, and Casedesk lets analysts deploy from Camunda Modeler. Before the engine parses anything,
 * each BPMN and DMN file of a new deployment made by an authenticated user outside {@code camunda-admin} is read
 * element by element; the first file with something an analyst may not deploy is refused with a
 * {@link ParseException} (the engine REST answers 400 with the file, the element and the reason) and nothing of the
 * deployment is stored.
 *
 * <p>Refused: script tasks, scripts anywhere ({@code camunda:script}, {@code scriptFormat}, external script
 * resources), connectors, Java classes ({@code camunda:class}, a listener's {@code class},
 * {@code camunda:variableMappingClass}), delegates and listeners that are not a bean of {@link DiagramBeans}, and any
 * JUEL expression beyond {@link ExpressionAllowList}; in DMN, JUEL beyond the same list and every other expression
 * language than FEEL (FEEL runs without access to Java: Camunda builds the FEEL engine with external functions
 * off). Forms are data. A deployment without an authenticated user (the server's own at start-up) and any
 * administrator's deployment are trusted.
 */
@Component
public class AnalystDeploymentCheck extends AbstractProcessEnginePlugin implements Deployer {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final List<String> ALLOWED_SUFFIXES =
      List.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".form", ".png");

  private final ExpressionAllowList allowList;

  public AnalystDeploymentCheck(ApplicationContext beans) {
    this.allowList = new ExpressionAllowList(beans::containsBean, beans::getType);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DeploymentChecks.runBeforeParsing(configuration, this, true);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    // the deployment cache parses stored deployments again for whoever reads them: only new ones are checked
    if (!deployment.isNew() || isTrusted()) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      whyNot(resource.getName(), resource.getBytes()).ifPresent(refusal -> {
        throw new ParseException("Analysts may not deploy " + refusal.resource() + ": element '"
            + refusal.element() + "': " + refusal.reason() + ". Ask an administrator to deploy it, or use only "
            + "what the README's \"For analysts: what you may deploy\" lists.", refusal.resource(),
            List.of(refusal), List.of());
      });
    }
  }

  private static boolean isTrusted() {
    CommandContext command = Context.getCommandContext();
    Authentication authentication = command == null ? null : command.getAuthentication();
    return authentication == null || authentication.getUserId() == null
        || command.getAuthorizationManager().isCamundaAdmin(authentication);
  }

  /** Why the file may not be deployed by an analyst, or empty. */
  Optional<Refusal> whyNot(String resourceName, byte[] content) {
    String name = resourceName.toLowerCase(Locale.ROOT);
    if (ALLOWED_SUFFIXES.stream().noneMatch(name::endsWith)) {
      return Optional.of(new Refusal(resourceName, resourceName,
          "analysts may deploy BPMN diagrams, DMN tables and forms only"));
    }
    if (!name.endsWith(".bpmn") && !name.endsWith(".bpmn20.xml") && !name.endsWith(".dmn")
        && !name.endsWith(".dmn11.xml")) {
      return Optional.empty();
    }
    Element root;
    try {
      root = DeploymentChecks.xml(content);
    } catch (Exception e) {
      return Optional.of(new Refusal(resourceName, resourceName, "the file is not well-formed XML: " + e.getMessage()));
    }
    try {
      if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
        checkDmn(root, null);
      } else {
        checkBpmn(root);
      }
      return Optional.empty();
    } catch (RefusedElement refused) {
      return Optional.of(new Refusal(resourceName, refused.element, refused.getMessage()));
    }
  }

  private void checkBpmn(Element element) {
    String local = element.getLocalName();
    String namespace = element.getNamespaceURI();
    if (BPMN.equals(namespace) && (local.equals("documentation") || local.equals("textAnnotation"))) {
      return; // never evaluated
    }
    if (namespace != null && namespace.startsWith("http://www.omg.org/spec/BPMN/20100524/DI")) {
      return;
    }
    // by local name in any namespace: the engine also reads its extensions in the old activiti namespace
    if (local.equals("scriptTask")) {
      throw refuse(element, "script tasks run code on the server");
    }
    if (local.equals("script")) {
      throw refuse(element, "scripts run code on the server");
    }
    if (local.equals("connector")) {
      throw refuse(element, "connectors make calls from the server");
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      String value = attribute.getValue();
      switch (attributeName) {
        case "class", "variableMappingClass" ->
            throw refuse(element, attribute.getName() + "=\"" + value + "\" names a Java class, which runs code");
        case "scriptFormat", "resource" -> {
          if (!isNamespaceDeclaration(attribute)) {
            throw refuse(element, attribute.getName() + " belongs to a script, which runs code");
          }
        }
        case "language", "expressionLanguage" -> {
          String language = value.trim().toLowerCase(Locale.ROOT);
          if (!language.isEmpty() && !language.equals("juel") && !language.equals("http://www.w3.org/1999/xpath")) {
            throw refuse(element, attribute.getName() + "=\"" + value + "\" makes a script, which runs code");
          }
        }
        case "delegateExpression", "variableMappingDelegateExpression" ->
            allowList.whyNotDelegate(value).ifPresent(reason -> {
              throw refuse(element, reason);
            });
        default -> expression(element, attribute.getName(), value);
      }
    }
    expression(element, null, DiagramExpressions.text(element));
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        checkBpmn(childElement);
      }
    }
  }

  /** DMN: FEEL is data; JUEL passes the allow-list; any other language (a script) is refused. */
  private void checkDmn(Element element, String inheritedLanguage) {
    String language = element.hasAttribute("expressionLanguage")
        ? element.getAttribute("expressionLanguage").trim().toLowerCase(Locale.ROOT) : inheritedLanguage;
    if (language != null && !language.isEmpty() && !isFeel(language) && !language.equals("juel")) {
      throw refuse(element, "the expression language " + language + " runs scripts on the server; use FEEL");
    }
    if ("juel".equals(language)) {
      String text = DiagramExpressions.text(element);
      // JUEL in DMN may be written with or without ${...}
      expression(element, null, text.contains("${") || text.contains("#{") || text.isBlank() ? text : "${" + text + "}");
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        checkDmn(childElement, language);
      }
    }
  }

  static boolean isFeel(String language) {
    return language.equals("feel") || language.equals("feel-scala")
        || (language.matches("https?://www\\.omg\\.org/spec/(dmn/[0-9]+/)?feel/?([0-9]+/?)?"));
  }

  private void expression(Element element, String attribute, String value) {
    if (value == null || (!value.contains("${") && !value.contains("#{"))) {
      return;
    }
    allowList.whyNot(value).ifPresent(reason -> {
      throw refuse(element, (attribute == null ? "" : attribute + ": ") + reason);
    });
  }

  private static boolean isNamespaceDeclaration(Attr attribute) {
    return XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI());
  }

  private static RefusedElement refuse(Element element, String reason) {
    return new RefusedElement(DiagramExpressions.elementOf(element), "<" + element.getLocalName() + "> " + reason);
  }

  private static final class RefusedElement extends RuntimeException {
    final String element;

    RefusedElement(String element, String reason) {
      super(reason);
      this.element = element;
    }
  }

  /** One file an analyst may not deploy: which, where and why; shown as the engine's parse problem. */
  record Refusal(String resource, String element, String reason) implements Problem {
    @Override
    public String getMessage() {
      return reason;
    }

    @Override
    public int getLine() {
      return -1;
    }

    @Override
    public int getColumn() {
      return -1;
    }

    @Override
    public String getMainElementId() {
      return element;
    }

    @Override
    public List<String> getElementIds() {
      return List.of(element);
    }
  }
}

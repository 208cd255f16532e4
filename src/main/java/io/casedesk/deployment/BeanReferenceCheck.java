package io.casedesk.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * A diagram naming a bean that does not exist is refused at deployment, by anyone (issue 15, item 4); before, it
 * deployed and every case reaching the step failed with "Unknown property used in expression". JUEL names may be
 * process variables as well as beans, so only what is certainly missing is refused:
 *
 * <ul>
 *   <li>a delegate expression ({@code camunda:delegateExpression}, a listener's or a variable mapping's) written as
 *       {@code ${name}} must name a Spring bean: a delegate held in a process variable is not something Casedesk
 *       diagrams do, and is refused too;
 *   <li>the base of a method call ({@code x} in {@code ${x.y(...)}}) in a delegate expression, an {@code expression}
 *       (service task, listener) or a condition must be a Spring bean, the engine's own objects ({@code execution},
 *       {@code task}, ...) or a variable something provides: a diagram of the deployment or a latest deployed one
 *       writes it (result and output variables, call activity mappings, the initiator, ...), a Java step sets it
 *       ({@link JavaStepVariables}) or a form of the deployment, or one the diagram references, has it as a field. A variable that only a REST call
 *       starting the process would give is not seen: write it into the diagram (an input mapping) to use its
 *       methods.
 * </ul>
 * The beans are all of the application context, as the engine's Spring expression resolver sees them.
 */
@Component
public class BeanReferenceCheck extends NewDeploymentCheck {

  /** Names the engine resolves to its own objects before variables and beans. */
  private static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "caseExecution", "externalTask",
      "variableScope", "processEngine", "processEngineServices", "processEngineConfiguration", "decisionResult",
      "authenticatedUserId", "applicationContext");
  private static final Set<String> DELEGATE_ATTRIBUTES =
      Set.of("delegateExpression", "variableMappingDelegateExpression");
  private static final Pattern SINGLE_NAME = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\s*$");

  private final Predicate<String> isBean;

  public BeanReferenceCheck(ApplicationContext beans) {
    this.isBean = beans::containsBean;
  }

  @Override
  void check(DeploymentEntity deployment) {
    Set<String> provided = new HashSet<>(JavaStepVariables.NAMES);
    List<ResourceEntity> diagrams = new ArrayList<>();
    List<Element> roots = new ArrayList<>();
    Set<String> ownProcesses = new HashSet<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName().toLowerCase(Locale.ROOT);
      try {
        if (name.endsWith(".form")) {
          provided.addAll(FormReads.fieldKeys(resource.getBytes()));
        } else if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
          Element root = DeploymentChecks.xml(resource.getBytes());
          diagrams.add(resource);
          roots.add(root);
          FormReads reads = FormReads.of(root);
          ownProcesses.addAll(reads.processIds());
          provided.addAll(written(root));
        }
      } catch (Exception e) {
        // not readable: the engine's own parser reports it
      }
    }
    if (diagrams.isEmpty()) {
      return;
    }
    var deployed = new DeployedDefinitions(Context.getCommandContext());
    for (Map.Entry<String, FormReads> other : deployed.latestDiagrams(ownProcesses).entrySet()) {
      provided.addAll(written(other.getValue().root()));
    }
    for (Element root : roots) {
      for (FormReads.FormElement element : FormReads.of(root).formElements()) {
        String formRef = element.formRef();
        if (formRef != null && !formRef.isBlank() && !DiagramExpressions.isExpression(formRef)) {
          Optional.ofNullable(deployed.form(formRef.trim())).ifPresent(form -> provided.addAll(form.fields()));
        }
      }
    }
    for (int i = 0; i < diagrams.size(); i++) {
      String resource = diagrams.get(i).getName();
      DiagramExpressions.forEach(roots.get(i), (element, attribute, expression) ->
          whyNot(element, attribute, expression, provided).ifPresent(reason -> {
            String id = DiagramExpressions.elementOf(element);
            throw refuse(resource, id, "<" + element.getLocalName() + "> " + attribute + ": " + reason);
          }));
    }
  }

  private Optional<String> whyNot(Element element, String attribute, String expression, Set<String> provided) {
    boolean delegate = attribute != null && DELEGATE_ATTRIBUTES.contains(attribute);
    boolean checked = delegate || "expression".equals(attribute)
        || (attribute == null && Set.of("conditionExpression", "condition").contains(element.getLocalName()));
    if (!checked) {
      return Optional.empty();
    }
    Matcher single = SINGLE_NAME.matcher(expression);
    if (delegate && single.matches()) {
      String name = single.group(1);
      return isBean.test(name) || ENGINE_OBJECTS.contains(name) ? Optional.empty()
          : Optional.of(expression.strip() + " names no bean of the server (a delegate is a Spring bean, "
              + "written as ${beanName})");
    }
    Node root;
    try {
      root = DiagramExpressions.parse(expression).getRoot();
    } catch (TreeBuilderException e) {
      return Optional.empty(); // JuelSyntaxCheck's to report
    }
    return missingBase(root, provided).map(name -> expression.strip() + " calls a method on '" + name
        + "', which is neither a bean of the server nor a variable the diagrams, forms or Java steps provide");
  }

  /** The first base of a method call that nothing provides. */
  private Optional<String> missingBase(Node node, Set<String> provided) {
    if (node instanceof AstMethod method) {
      Node base = method.getChild(0);
      while (base instanceof AstProperty property) {
        base = property.getChild(0);
      }
      if (base instanceof AstIdentifier identifier) {
        String name = identifier.getName();
        if (!isBean.test(name) && !ENGINE_OBJECTS.contains(name) && !provided.contains(name)) {
          return Optional.of(name);
        }
      }
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      Optional<String> missing = missingBase(node.getChild(i), provided);
      if (missing.isPresent()) {
        return missing;
      }
    }
    return Optional.empty();
  }

  /** What a diagram writes, call activity mappings' targets included (they write into the called process). */
  private static Set<String> written(Element root) {
    Set<String> written = FormReads.writtenBy(root);
    collectTargets(root, written);
    return written;
  }

  private static void collectTargets(Element element, Set<String> written) {
    boolean mapping = "in".equals(element.getLocalName()) || "out".equals(element.getLocalName());
    if (mapping && element.hasAttribute("target")) {
      written.add(element.getAttribute("target"));
    }
    for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        collectTargets(childElement, written);
      }
    }
  }
}

package io.casedesk.deployment;

import java.util.Locale;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * A diagram whose JUEL does not parse is refused at deployment, by anyone (issue 15, item 4): each {@code ${...}}
 * of a new deployment's BPMN files ({@link DiagramExpressions}: conditions, delegate expressions, listeners,
 * timers, assignees, input/output mappings, ...) is parsed with the engine's JUEL parser before the engine reads
 * the file; the first that does not parse ({@code ${a + }}) refuses the deployment ({@link NewDeploymentCheck#refuse}:
 * the engine REST answers 400 naming the file, the element, the expression and the parser's reason), and nothing
 * is stored.
 */
@Component
public class JuelSyntaxCheck extends NewDeploymentCheck {

  @Override
  void check(DeploymentEntity deployment) {
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName().toLowerCase(Locale.ROOT);
      if (!name.endsWith(".bpmn") && !name.endsWith(".bpmn20.xml")) {
        continue;
      }
      Element root;
      try {
        root = DeploymentChecks.xml(resource.getBytes());
      } catch (Exception e) {
        continue; // the engine's own parser names what is wrong with the XML
      }
      DiagramExpressions.forEach(root, (element, attribute, expression) -> {
        try {
          DiagramExpressions.parse(expression);
        } catch (TreeBuilderException e) {
          String id = DiagramExpressions.elementOf(element);
          throw refuse(resource.getName(), id, "<" + element.getLocalName() + "> "
              + (attribute == null ? "" : attribute + ": ") + "the expression " + expression.strip()
              + " does not parse (" + e.getMessage() + ")");
        }
      });
    }
  }
}

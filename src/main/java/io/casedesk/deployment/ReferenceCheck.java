package io.casedesk.deployment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A diagram whose decision, form or called process exists nowhere is refused at deployment (issue 15, item 4):
 * before, it deployed and every case reaching the task failed. For each BPMN of a new deployment, by anyone, a
 * literal {@code camunda:decisionRef}, {@code camunda:formRef} or {@code calledElement} must name a definition of
 * the same deployment or (unless bound to {@code deployment}) one already deployed; else the deployment is refused
 * with a 400 naming the file, the element and the missing key. References computed by an expression are left to
 * run time.
 */
@Component
public class ReferenceCheck extends NewDeploymentCheck {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  void check(DeploymentEntity deployment) {
    var own = new Keys(new HashSet<>(), new HashSet<>(), new HashSet<>());
    var diagrams = new ArrayList<ResourceEntity>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName().toLowerCase(Locale.ROOT);
      try {
        if (name.endsWith(".form")) {
          String id = JSON.readTree(resource.getBytes()).path("id").asText("");
          if (!id.isEmpty()) {
            own.forms().add(id);
          }
        } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
          collect(DeploymentChecks.xml(resource.getBytes()), "decision", own.decisions());
        } else if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
          collect(DeploymentChecks.xml(resource.getBytes()), "process", own.processes());
          diagrams.add(resource);
        }
      } catch (Exception e) {
        // not readable: the engine's own parser reports it
      }
    }
    CommandContext command = Context.getCommandContext();
    for (ResourceEntity diagram : diagrams) {
      Element root;
      try {
        root = DeploymentChecks.xml(diagram.getBytes());
      } catch (Exception e) {
        continue;
      }
      missing(diagram.getName(), root, own, command).ifPresent(refusal -> {
        throw refuse(refusal.resource(), refusal.element(), refusal.reason());
      });
    }
  }

  record Keys(Set<String> decisions, Set<String> forms, Set<String> processes) {}

  private Optional<AnalystDeploymentCheck.Refusal> missing(String resource, Element element, Keys own,
      CommandContext command) {
    String reason = null;
    String decision = camunda(element, "decisionRef");
    String form = camunda(element, "formRef");
    String called = "callActivity".equals(element.getLocalName()) ? element.getAttribute("calledElement") : "";
    if (isLiteral(decision) && !own.decisions().contains(decision)
        && (bindsOwnDeployment(element, "decisionRefBinding") || command == null
            || command.getDecisionDefinitionManager().findLatestDefinitionByKey(decision) == null)) {
      reason = "decisionRef '" + decision + "' names no deployed decision and none in this deployment";
    } else if (isLiteral(form) && !own.forms().contains(form)
        && (bindsOwnDeployment(element, "formRefBinding") || command == null
            || command.getCamundaFormDefinitionManager().findLatestDefinitionByKey(form) == null)) {
      reason = "formRef '" + form + "' names no deployed form and none in this deployment";
    } else if (isLiteral(called) && !own.processes().contains(called)
        && (bindsOwnDeployment(element, "calledElementBinding") || command == null
            || command.getProcessDefinitionManager().findLatestDefinitionByKey(called) == null)) {
      reason = "calledElement '" + called + "' names no deployed process and none in this deployment";
    }
    if (reason != null) {
      String id = element.hasAttribute("id") ? element.getAttribute("id") : element.getTagName();
      return Optional.of(new AnalystDeploymentCheck.Refusal(resource, id, "<" + element.getLocalName() + "> "
          + reason));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        var refusal = missing(resource, childElement, own, command);
        if (refusal.isPresent()) {
          return refusal;
        }
      }
    }
    return Optional.empty();
  }

  private static String camunda(Element element, String attribute) {
    return element.getAttributeNS(CAMUNDA, attribute);
  }

  private static boolean isLiteral(String value) {
    return value != null && !value.isBlank() && !value.contains("${") && !value.contains("#{");
  }

  private static boolean bindsOwnDeployment(Element element, String bindingAttribute) {
    return "deployment".equals(camunda(element, bindingAttribute).trim());
  }

  private static void collect(Element element, String localName, Set<String> ids) {
    if (localName.equals(element.getLocalName()) && element.hasAttribute("id")) {
      ids.add(element.getAttribute("id"));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        collect(childElement, localName, ids);
      }
    }
  }

}

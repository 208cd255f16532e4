package io.casedesk.deployment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * A form and the diagram that uses it must fit (issue 15, item 4): what the process reads right after a user task or
 * an agent-facing start event, until it waits again (a gateway's conditions, a decision table's inputs, ...), must
 * be a field of that element's form or something the process provides otherwise; before, such a deployment went
 * through and every case reaching the gateway failed. This is {@code FormCatalogTest}'s check of the shipped files,
 * applied to every new deployment, by anyone (start-up and administrators included), with {@link FormReads}.
 *
 * <p>Provided otherwise: variables a diagram writes (result and output variables, the initiator, ...: of the
 * deployment's diagrams and of the latest deployed ones, which call activities may pass on), the variables Java
 * steps set ({@link JavaStepVariables}) and Spring beans' names; not what the form's element itself maps (it
 * clears its form's variables for each new task, say).
 *
 * <ul>
 *   <li>For each diagram of the deployment: each element with a literal {@code camunda:formRef} is checked against
 *       the form of the same deployment, else (binding {@code latest}) the latest deployed one. A form that exists
 *       nowhere is {@link ReferenceCheck}'s to report; other bindings are left to run time.
 *   <li>For each form of the deployment: each latest deployed diagram (not replaced by the deployment) with an
 *       element bound to the latest version of that form must still find what it reads and the previous version
 *       gave: a form that drops a field such a diagram reads is refused, naming the field, the diagram and the
 *       element.
 * </ul>
 * On a refusal ({@link NewDeploymentCheck#refuse}) the engine REST answers 400 naming the file, the element and the
 * reason, and nothing of the deployment is stored.
 */
@Component
public class FormFieldCheck extends NewDeploymentCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Predicate<String> isBean;

  public FormFieldCheck(ApplicationContext beans) {
    this.isBean = beans::containsBean;
  }

  @Override
  void check(DeploymentEntity deployment) {
    CommandContext command = Context.getCommandContext();
    DeployedDefinitions deployed = new DeployedDefinitions(command);
    Map<String, DeployedDefinitions.Form> ownForms = new HashMap<>();
    Map<String, FormReads> ownDiagrams = new HashMap<>();
    List<Element> ownTables = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName().toLowerCase(Locale.ROOT);
      try {
        if (name.endsWith(".form")) {
          String id = JSON.readTree(resource.getBytes()).path("id").asText("");
          if (!id.isEmpty()) {
            byte[] form = resource.getBytes();
            ownForms.put(id, new DeployedDefinitions.Form(resource.getName(), FormReads.fieldKeys(form)));
          }
        } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
          ownTables.add(DeploymentChecks.xml(resource.getBytes()));
        } else if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
          ownDiagrams.put(resource.getName(), FormReads.of(resource.getBytes()));
        }
      } catch (Exception e) {
        // not readable: the engine's own parser reports it
      }
    }
    if (ownForms.isEmpty() && ownDiagrams.isEmpty()) {
      return;
    }
    Set<String> ownProcesses = new HashSet<>();
    ownDiagrams.values().forEach(diagram -> ownProcesses.addAll(diagram.processIds()));
    Map<String, FormReads> otherDiagrams = deployed.latestDiagrams(ownProcesses);

    Set<String> written = new HashSet<>(JavaStepVariables.NAMES);
    ownDiagrams.values().forEach(diagram -> written.addAll(diagram.written()));
    otherDiagrams.values().forEach(diagram -> written.addAll(diagram.written()));
    Predicate<String> provided = name -> written.contains(name) || isBean.test(name);
    Map<String, Set<String>> inputs = new HashMap<>();
    Function<String, Set<String>> decisionInputs = key -> inputs.computeIfAbsent(key, k -> {
      for (Element table : ownTables) {
        if (FormReads.hasDecision(table, k)) {
          return FormReads.decisionInputs(table, k);
        }
      }
      return deployed.decisionInputs(k);
    });

    for (var diagram : ownDiagrams.entrySet()) {
      for (FormReads.FormElement element : diagram.getValue().formElements()) {
        String formRef = element.formRef();
        if (!isLiteral(formRef)) {
          continue;
        }
        DeployedDefinitions.Form form = ownForms.get(formRef.trim());
        if (form == null && "latest".equals(element.formRefBinding())) {
          form = deployed.form(formRef.trim());
        }
        if (form == null) {
          continue;
        }
        for (var read : missing(diagram.getValue(), element, form.fields(), provided, decisionInputs).entrySet()) {
          throw refuse(diagram.getKey(), element.id(), "<" + element.kind() + "> the process reads '" + read.getKey()
              + "' right after " + element + " (at '" + read.getValue() + "'), which neither its form '"
              + formRef.trim() + "' (" + form.resource() + ", fields " + form.fields() + ") nor the process nor a "
              + "Java step provides: add the field to the form, or read something the form gives");
        }
      }
    }

    for (var own : ownForms.entrySet()) {
      DeployedDefinitions.Form previous = deployed.form(own.getKey());
      if (previous == null) {
        continue;
      }
      for (var diagram : otherDiagrams.entrySet()) {
        for (FormReads.FormElement element : diagram.getValue().formElements()) {
          if (!own.getKey().equals(element.formRef() == null ? null : element.formRef().trim())
              || !"latest".equals(element.formRefBinding())) {
            continue;
          }
          var missing = missing(diagram.getValue(), element, own.getValue().fields(), provided, decisionInputs);
          for (var read : missing.entrySet()) {
            if (previous.fields().contains(read.getKey())) {
              throw refuse(own.getValue().resource(), read.getKey(), "the form '" + own.getKey()
                  + "' drops the field '" + read.getKey() + "', which the deployed diagram " + diagram.getKey()
                  + " reads right after " + element + " (at '" + read.getValue() + "'): keep the field, or deploy "
                  + "the diagram changed with the form");
            }
          }
        }
      }
    }
  }

  /**
   * What the process reads right after the element that the form's fields do not give and nothing else provides
   * (what the element maps itself does not count), each with where it is read.
   */
  private static Map<String, String> missing(FormReads diagram, FormReads.FormElement element, Set<String> fields,
      Predicate<String> provided, Function<String, Set<String>> decisionInputs) {
    Set<String> passedOn = FormReads.writtenBy(element.element());
    Map<String, String> missing = new TreeMap<>(diagram.readsUntilNextWaitState(element.element(), decisionInputs));
    missing.keySet().removeIf(variable ->
        fields.contains(variable) || (provided.test(variable) && !passedOn.contains(variable)));
    return missing;
  }

  private static boolean isLiteral(String value) {
    return value != null && !value.isBlank() && !value.contains("${") && !value.contains("#{");
  }

  /** A form's file and the keys of the fields an agent submits. */
  record Form(String resource, Set<String> fields) {}
}

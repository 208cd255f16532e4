package io.casedesk.bench;

import io.casedesk.cases.CaseView;
import io.casedesk.cases.SupportCaseService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The no-op baseline of the intake: the deployed case diagram with the same decision tables, every step of
 * Casedesk's own code replaced by one that does nothing ({@link NoopDiagram}), started with the variables real
 * cases have after their intake, so the same gateways and decisions run.
 *
 * <p>The start variables are taken from real cases opened through the domain service ({@link #prepare}): their
 * process variables once the intake is done, less those the diagram writes itself (decision results, output
 * mappings, the initiator). Variables Casedesk's steps write are thus written by the start instead: their rows count
 * in the baseline too. The asynchronous continuations the start leaves behind run right away on the caller's thread,
 * as the real intake runs its triage ({@code TriageAfterCommit}).
 */
@Component
@Profile("bench")
class NoopBaseline {

  static final String KEY = "bench-noop-case-handling";
  /** Wait states the intake passes through; a guard against a diagram that loops through asynchronous steps. */
  private static final int MAX_CONTINUATIONS = 20;

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final ApplicationContext context;
  private volatile List<VariableMap> templates = List.of();

  NoopBaseline(RepositoryService repositoryService, RuntimeService runtimeService,
      ManagementService managementService, ApplicationContext context) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.context = context;
  }

  /**
   * Deploys the no-op copy of the latest case diagram and opens {@code templates} real cases (requests 0 to
   * templates - 1 of {@link BenchServer#request}) for their variables. Says what it replaced, what code it kept
   * and which variables a start gives.
   */
  Map<String, Object> prepare(int templateCount, CaseOpener opener) {
    ProcessDefinition deployed = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(SupportCaseService.PROCESS_KEY).latestVersion().singleResult();
    NoopDiagram copy;
    try (InputStream xml = repositoryService.getProcessModel(deployed.getId())) {
      copy = NoopDiagram.of(xml.readAllBytes(), KEY, context::containsBean);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    repositoryService.createDeployment().name(KEY).addString(KEY + ".bpmn", copy.xml())
        .enableDuplicateFiltering(true).deploy();

    List<VariableMap> taken = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>();
    for (int i = 0; i < templateCount; i++) {
      String caseNumber = opener.open(i).caseNumber();
      ProcessInstance instance = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(SupportCaseService.PROCESS_KEY).processInstanceBusinessKey(caseNumber).singleResult();
      if (instance == null) {
        throw new IllegalStateException("Case " + caseNumber + " has no running process after its intake");
      }
      VariableMap variables = runtimeService.getVariablesTyped(instance.getId(), false);
      copy.diagramWritten().forEach(variables::remove);
      names.addAll(variables.keySet());
      taken.add(variables);
    }
    templates = List.copyOf(taken);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("copyOf", deployed.getKey() + ":" + deployed.getVersion());
    report.put("replaced", copy.replaced());
    report.put("keptBeanCalls", copy.kept());
    report.put("diagramWrites", copy.diagramWritten());
    report.put("startVariables", names);
    report.put("templates", taken.size());
    return report;
  }

  /** Starts the no-op copy as intake {@code i} and runs the steps waiting after the start. */
  void start(int i) {
    List<VariableMap> all = templates;
    if (all.isEmpty()) {
      throw new IllegalStateException("POST /api/bench/noop/setup first");
    }
    VariableMap variables = Variables.createVariables();
    variables.putAll(all.get(i % all.size()));
    String instanceId = runtimeService.startProcessInstanceByKey(KEY, "noop-" + i, variables).getId();
    for (int step = 0; step < MAX_CONTINUATIONS; step++) {
      List<Job> waiting = managementService.createJobQuery().processInstanceId(instanceId).executable().messages()
          .list();
      if (waiting.isEmpty()) {
        return;
      }
      for (Job job : waiting) {
        try {
          managementService.executeJob(job.getId());
        } catch (OptimisticLockingException takenByJobExecutor) {
          return;
        }
      }
    }
  }

  int deleteAll() {
    List<String> ids = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).list()
        .stream().map(ProcessInstance::getId).toList();
    if (!ids.isEmpty()) {
      runtimeService.deleteProcessInstances(ids, "benchmark", true, true);
    }
    return ids.size();
  }

  interface CaseOpener {
    CaseView open(int i);
  }
}

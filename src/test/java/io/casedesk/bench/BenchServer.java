package io.casedesk.bench;

import io.casedesk.cases.CaseRequests;
import io.casedesk.cases.SupportCaseService;
import io.casedesk.contracts.Contract;
import io.casedesk.contracts.ContractRepository;
import io.casedesk.security.CurrentUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the benchmark must do inside the server (profile {@code bench}, test classpath only, never shipped): open
 * cases through the domain service, start the bare-engine baseline process and the no-op copy of the case diagram
 * ({@link NoopBaseline}), from several threads.
 *
 * <p>{@code IntakeComparisonBenchmark} also drives the BenchServer of an older commit: {@code /setup},
 * {@code /baseline} and {@code /service} keep their contract.
 */
@RestController
@RequestMapping("/api/bench") // under /api: stateless, no CSRF token needed
@Profile("bench")
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
public class BenchServer {

  public static final String BASELINE_KEY = "bench-baseline";
  public static final String BASELINE_TIMER = "bench-baseline-timeout";
  static final int COMPANIES = 20;
  private static final CurrentUser HOTLINE = new CurrentUser("hotline1", Set.of("hotline"));

  private final SupportCaseService cases;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final ContractRepository contracts;
  private final NoopBaseline noop;

  public BenchServer(SupportCaseService cases, RuntimeService runtimeService, RepositoryService repositoryService,
      ContractRepository contracts, NoopBaseline noop) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.contracts = contracts;
    this.noop = noop;
  }

  /** Contracts of the bench companies, and the baseline process: one user task with one timer boundary event. */
  @PostMapping("/setup")
  public Map<String, Object> setup() {
    for (int i = 1; i <= COMPANIES; i++) {
      String id = "CT-BENCH-%02d".formatted(i);
      if (!contracts.exists(id)) {
        contracts.insert(new Contract(id, company(i), i % 3 == 0 ? "silver" : "gold", "24x7",
            LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31), List.of()));
      }
    }
    BpmnModelInstance baseline = Bpmn.createExecutableProcess(BASELINE_KEY)
        .name("Bench baseline").camundaHistoryTimeToLive(730)
        .startEvent("bench-started").name("Started")
        .userTask("bench-work").name("Work").camundaCandidateGroups("engineers")
        .boundaryEvent(BASELINE_TIMER).name("Timed out").timerWithDuration("P30D")
        .endEvent("bench-timed-out").name("Timed out")
        .moveToActivity("bench-work")
        .endEvent("bench-done").name("Done")
        .done();
    String deployment = repositoryService.createDeployment().name(BASELINE_KEY)
        .addModelInstance(BASELINE_KEY + ".bpmn", baseline).enableDuplicateFiltering(true).deploy().getId();
    return Map.of("deployment", deployment);
  }

  /** Bare engine: startProcessInstanceByKey of the baseline process, {@code count} times on {@code threads}. */
  @PostMapping("/baseline")
  public Map<String, Object> baseline(@RequestParam int count, @RequestParam int threads) {
    return run(count, threads, i -> runtimeService.startProcessInstanceByKey(BASELINE_KEY, "bench-" + i));
  }

  @DeleteMapping("/baseline")
  public Map<String, Object> deleteBaseline() {
    List<String> ids = runtimeService.createProcessInstanceQuery().processDefinitionKey(BASELINE_KEY).list()
        .stream().map(ProcessInstance::getId).toList();
    if (!ids.isEmpty()) {
      runtimeService.deleteProcessInstances(ids, "benchmark", true, true);
    }
    return Map.of("deleted", ids.size());
  }

  /**
   * The no-op baseline ({@link NoopBaseline}): deploys the copy of the deployed case diagram whose code does
   * nothing, and opens {@code templates} real cases through the domain service for its start variables.
   */
  @PostMapping("/noop/setup")
  public Map<String, Object> noopSetup(@RequestParam int templates) {
    return noop.prepare(templates, i -> cases.open(request(i), HOTLINE));
  }

  /** The no-op copy of the case diagram, started as intake would, {@code count} times on {@code threads}. */
  @PostMapping("/noop")
  public Map<String, Object> noop(@RequestParam int count, @RequestParam int threads) {
    return run(count, threads, noop::start);
  }

  @DeleteMapping("/noop")
  public Map<String, Object> deleteNoop() {
    return Map.of("deleted", noop.deleteAll());
  }

  /** The domain service, as POST /api/cases calls it, without HTTP. */
  @PostMapping("/service")
  public Map<String, Object> service(@RequestParam int count, @RequestParam int threads) {
    return run(count, threads, i -> cases.open(request(i), HOTLINE));
  }

  /** A varied case: every priority, channel, category and bench company, in a fixed cycle. */
  public static CaseRequests.OpenCase request(int i) {
    String[] levels = {"high", "medium", "low"};
    String[] channels = {"phone", "web", "email", "phone"};
    String[] categories = {"operational-problem", "general-question", "compatibility", "hardware-fault"};
    int company = 1 + i % COMPANIES;
    return new CaseRequests.OpenCase("Caller " + i, company(company), "+36 1 234 5678",
        "caller" + i + "@bench.example", null, "CT-BENCH-%02d".formatted(company), "router-x",
        categories[(i / 3) % categories.length], levels[i % 3], levels[(i / 7) % 3],
        "Bench case " + i, "Generated by the benchmark", channels[i % channels.length]);
  }

  static String company(int i) {
    return "Bench Company %02d".formatted(i);
  }

  private static Map<String, Object> run(int count, int threads, IntConsumer action) {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicReference<String> firstFailure = new AtomicReference<>("");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          try {
            action.accept(i);
          } catch (RuntimeException e) {
            failed.incrementAndGet();
            firstFailure.compareAndSet("", e.toString());
          }
        }
      }));
    }
    BenchThreads.awaitAll(pool, workers);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return Map.of("count", count, "failed", failed.get(), "millis", millis, "firstFailure", firstFailure.get());
  }
}

package io.casedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.bench.IntakeMeasurement.Work;
import io.casedesk.support.NodeClient;
import io.casedesk.support.PostgresTestDatabase;
import io.casedesk.support.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The benchmark of docs/benchmarks.md. Never part of the normal test run: {@code mvn -B -Pbench test}.
 *
 * <p>Starts one Casedesk server in a JVM of its own (profiles postgres, demo, bench) on a fresh PostgreSQL
 * database and measures, each figure beside a baseline from the same run: intake through the domain service and
 * over HTTP against bare {@code startProcessInstanceByKey} of a one-user-task process with one timer boundary
 * event (and pgbench's one-row-insert commit rate as the ceiling); an escalation burst against the same burst of
 * bare timers; heap, RSS and API latencies with {@code bench.cases} open cases against the empty server; database
 * work per case against the bare process. Prints the table and writes it into docs/benchmarks.md.
 *
 * <p>Settings (system properties): {@code bench.cases} (open cases, default 100000), {@code bench.timers}
 * (escalations in the one-minute burst, default 10000), {@code bench.intake} (cases per intake measurement,
 * default 2000), {@code bench.threads} (client and worker threads, default 8), {@code bench.samples} (requests
 * per latency figure, default 300), {@code bench.jvm} (server JVM options, default -Xmx1g), {@code bench.server}
 * (server settings to compare, e.g. {@code --camunda.bpm.job-execution.max-wait=60000}),
 * {@code bench.output} (default docs/benchmarks.md), {@code bench.note} (a line for the report),
 * {@code bench.only=intake} (stop after the intake figures; output then defaults to target/benchmarks-intake.md).
 */
@Tag("bench")
class CasedeskBenchmark {

  /** The SLA clock's one timer (case-handling.bpmn): the engineer's escalation of a fresh case, then the next. */
  private static final String ESCALATION_TIMER = "next-escalation-due";

  private final int cases = Integer.getInteger("bench.cases", 100_000);
  private final int timers = Math.min(Integer.getInteger("bench.timers", 10_000), cases);
  private final int intake = Integer.getInteger("bench.intake", 2_000);
  private final int threads = Integer.getInteger("bench.threads", 8);
  private final int samples = Integer.getInteger("bench.samples", 300);
  private final String jvm = System.getProperty("bench.jvm", "-Xmx1g");
  private final String serverArgs = System.getProperty("bench.server", "").trim();
  /** {@code intake}: only the intake figures, written to target/ unless bench.output says otherwise. */
  private final boolean intakeOnly = "intake".equals(System.getProperty("bench.only", ""));
  private final Path output = Path.of(System.getProperty("bench.output",
      intakeOnly ? "target/benchmarks-intake.md" : "docs/benchmarks.md"));

  private final NodeClient admin = NodeClient.as("admin", "demo").withTimeout(Duration.ofHours(2));
  private final List<Row> rows = new ArrayList<>();
  private String byTable = "";
  private final Random random = new Random(42);
  private ServerProcess server;
  private JdbcClient db;
  private String jdbcUrl;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void benchmark() throws Exception {
    Instant began = Instant.now();
    String loadBefore = loadAverage();
    jdbcUrl = PostgresTestDatabase.fresh("bench");
    db = JdbcClient.create(new SingleConnectionDataSource(jdbcUrl, PostgresTestDatabase.user(), "", true));
    Map<String, String> properties = new java.util.LinkedHashMap<>(Map.of("spring.profiles.active",
        "postgres,demo,bench", "logging.level.root", "WARN", "logging.level.io.casedesk", "INFO"));
    for (String arg : serverArgs.isEmpty() ? new String[0] : serverArgs.split("\\s+")) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      properties.put(pair[0], pair.length > 1 ? pair[1] : "true");
    }
    server = ServerProcess.start("bench", ServerProcess.freePort(), jdbcUrl, List.of(jvm.split("\\s+")), properties)
        .awaitUp(Duration.ofMinutes(5));
    String firstCase = new IntakeMeasurement(server, db, admin, intake, threads).setUp();

    // --- at start: the empty server is the baseline of the at-rest figures
    Memory emptyMemory = memory();
    Latencies emptyLatencies = latencies(List.of(firstCase));

    // --- intake
    double ceiling = pgbench();
    IntakeMeasurement intakes = new IntakeMeasurement(server, db, admin, intake, threads);
    intakes.warmUp();
    Work bare = intakes.bare();
    intakes.deleteBare();
    System.out.println("No-op copy of the case diagram: " + intakes.prepareNoop().toPrettyString());
    Work noop = intakes.noop();
    intakes.deleteNoop();
    Work service = intakes.service();
    Work http = intakes.http();
    rows.add(Row.rate("Intake, domain service (" + threads + " threads)", service.rate(), noop.rate(), bare.rate(),
        ">= 0.6"));
    rows.add(Row.rate("Intake, POST /api/cases (" + threads + " HTTP client threads)", http.rate(), noop.rate(),
        bare.rate(), ">= 300/s and >= 0.6"));
    rows.add(new Row("Ceiling: PostgreSQL one-row insert commits (pgbench, " + threads + " clients)",
        ceiling < 0 ? "n/a" : "%.0f/s".formatted(ceiling), "", "", "", "", ""));
    rows.add(new Row("Transactions per opened case (pg_stat_database), service / HTTP",
        "%.1f / %.1f".formatted(service.transactionsPerUnit(), http.transactionsPerUnit()),
        "%.1f".formatted(noop.transactionsPerUnit()), "%.1f".formatted(bare.transactionsPerUnit()), "", "", ""));
    rows.add(new Row("Rows written per opened case (pg_stat_database), service / HTTP",
        "%.0f / %.0f".formatted(service.rowsPerUnit(), http.rowsPerUnit()),
        "%.0f".formatted(noop.rowsPerUnit()), "%.0f".formatted(bare.rowsPerUnit()), "",
        String.format(Locale.ROOT, "%.2f", service.rowsPerUnit() / noop.rowsPerUnit()), "<= 100"));
    byTable = IntakeMeasurement.byTable(List.of("Casedesk, service", "Casedesk, HTTP", "no-op diagram", "bare engine"),
        List.of(service, http, noop, bare));
    if (intakeOnly) {
      report(began, loadBefore);
      return;
    }

    // --- load to the target number of open cases
    long present = db.sql("SELECT COUNT(*) FROM support_case").query(Long.class).single();
    long toLoad = Math.max(0, cases - present);
    long loadStart = System.nanoTime();
    for (long done = 0; done < toLoad; done += 5_000) {
      long chunk = Math.min(5_000, toLoad - done);
      expect(admin.postJson(server.url("/api/bench/service?count=" + chunk + "&threads=" + threads), Map.of()), 200);
    }
    double loadRate = toLoad * 1e9 / Math.max(1, System.nanoTime() - loadStart);
    rows.add(new Row("Bulk load to " + cases + " open cases, domain service", "%.0f cases/s".formatted(loadRate),
        "", "", ""));
    assertThat(db.sql("SELECT COUNT(*) FROM support_case").query(Long.class).single()).isGreaterThanOrEqualTo(cases);
    analyze();

    // --- at rest with the open cases
    Memory fullMemory = memory();
    List<String> numbers = db.sql("SELECT case_number FROM support_case ORDER BY random() LIMIT 500")
        .query(String.class).list();
    Latencies fullLatencies = latencies(numbers);
    rows.add(new Row("Heap after GC, " + cases + " open cases", mib(fullMemory.heapAfterGc()),
        mib(emptyMemory.heapAfterGc()) + " (empty)", "", "<= 512 MiB"));
    rows.add(new Row("Process RSS, " + cases + " open cases", mib(fullMemory.rss()), mib(emptyMemory.rss())
        + " (empty)", "", ""));
    fullLatencies.addRows(rows, emptyLatencies, cases);

    // --- escalation burst and its bare-engine baseline
    Burst escalations = burst(ESCALATION_TIMER, timers);
    expect(admin.postJson(server.url("/api/bench/baseline?count=" + escalations.count() + "&threads=" + threads),
        Map.of()), 200);
    Burst bareTimers = burst(BenchServer.BASELINE_TIMER, escalations.count());
    rows.add(new Row("Escalation burst: " + escalations.count() + " timers due within one minute, lateness p50 / p99 / max",
        escalations.lateness(), bareTimers.lateness(), "", "p99 <= 2 s, max <= 5 s"));
    rows.add(new Row("Escalation burst: jobs/s", "%.0f".formatted(escalations.jobsPerSecond()),
        "%.0f".formatted(bareTimers.jobsPerSecond()), "", ""));

    // --- a single timer on an idle server
    expect(admin.postJson(server.url("/api/bench/baseline?count=3&threads=1"), Map.of()), 200);
    double idle = 0;
    double idleBare = 0;
    for (int i = 0; i < 3; i++) {
      idle = Math.max(idle, single(ESCALATION_TIMER));
      idleBare = Math.max(idleBare, single(BenchServer.BASELINE_TIMER));
    }
    rows.add(new Row("Single timer on an idle server, lateness (max of 3)", seconds(idle), seconds(idleBare), "",
        "<= 2 s"));

    report(began, loadBefore);
  }

  // --- intake -----------------------------------------------------------------------------------------------

  /** pgbench with a one-row insert per transaction, as many clients as the intake has threads; -1 without it. */
  private double pgbench() throws IOException, InterruptedException {
    db.sql("CREATE TABLE IF NOT EXISTS bench_ceiling (id BIGSERIAL PRIMARY KEY, v INTEGER, at TIMESTAMPTZ DEFAULT now())")
        .update();
    Path script = Files.createTempFile("ceiling", ".sql");
    Files.writeString(script, "INSERT INTO bench_ceiling (v) VALUES (1);\n");
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    Process pgbench;
    try {
      pgbench = new ProcessBuilder("pgbench", "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()),
          "-U", PostgresTestDatabase.user(), "-n", "-c", String.valueOf(threads), "-j", String.valueOf(threads),
          "-T", "10", "-f", script.toString(), uri.getPath().substring(1))
          .redirectErrorStream(true).start();
    } catch (IOException noPgbench) {
      return -1;
    }
    String out = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    pgbench.waitFor();
    Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
    return tps.find() ? Double.parseDouble(tps.group(1)) : -1;
  }

  // --- at rest ----------------------------------------------------------------------------------------------

  private Memory memory() throws IOException, InterruptedException {
    jcmd("GC.run");
    String heap = jcmd("GC.heap_info");
    Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
    long heapAfterGc = used.find() ? Long.parseLong(used.group(1)) * 1024 : -1;
    long rss = -1;
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(server.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    return new Memory(heapAfterGc, rss);
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
        String.valueOf(server.pid()), command).redirectErrorStream(true).start();
    String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jcmd.waitFor();
    return out;
  }

  /**
   * Leaves the loaded tables as a running server's autovacuum would (PostgreSQL 13+ also vacuums after inserts):
   * statistics for the planner, and a visibility map, without which a count of many rows cannot be an index-only
   * scan and reads every matching row from the table.
   */
  private void analyze() {
    db.sql("VACUUM ANALYZE").update();
  }

  private Latencies latencies(List<String> caseNumbers) {
    NodeClient supervisor = NodeClient.as("supervisor1", "demo");
    NodeClient engineer = NodeClient.as("engineer1", "demo");
    List<String> filters = List.of("?status=OPEN&priority=P2", "?queue=operational-problems",
        "?customer=" + "Bench%20Company%2007", "?status=OPEN&page=3", "?priority=P1&queue=general-questions");
    double[] health = sample(i -> expect(supervisor.get(server.url("/actuator/health")), 200));
    double[] list = sample(i -> expect(supervisor.get(server.url("/api/cases" + filters.get(i % filters.size()))), 200));
    double[] one = sample(i -> expect(engineer.get(server.url("/api/cases/"
        + caseNumbers.get(random.nextInt(caseNumbers.size())))), 200));
    NodeClient tasklist = NodeClient.browser().withCsrfHeader(true);
    expect(tasklist.get(server.url("/camunda/app/tasklist/default/")), 200);
    // as Tasklist starts: asking who is logged in starts the session (the page load stores none)
    tasklist.get(server.url("/camunda/api/admin/auth/user/default"));
    expect(tasklist.postForm(server.url("/camunda/api/admin/auth/user/default/login/tasklist"),
        Map.of("username", "engineer1", "password", "demo")), 200);
    expect(tasklist.get(server.url("/camunda/api/admin/auth/user/default")), 200);
    Map<String, Object> query = Map.of("candidateGroups", List.of("engineers"),
        "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));
    double[] tasks = sample(i -> expect(tasklist.postJson(
        server.url("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15"), query), 200));
    return new Latencies(health, list, one, tasks);
  }

  private interface Call {
    void call(int i);
  }

  /** Milliseconds of {@code samples} sequential calls after a warm-up, sorted. */
  private double[] sample(Call call) {
    for (int i = 0; i < Math.min(30, samples); i++) {
      call.call(i);
    }
    double[] millis = new double[samples];
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      call.call(i);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    java.util.Arrays.sort(millis);
    return millis;
  }

  // --- timers -----------------------------------------------------------------------------------------------

  /**
   * Makes {@code count} timers of the given boundary event due, spread evenly over one minute from 15 seconds
   * from now, waits until the job executor has run them all, and reads each one's lateness (execution time in
   * the historic job log minus due date).
   */
  private Burst burst(String activityId, int count) {
    Timestamp first = db.sql("SELECT CAST(date_trunc('milliseconds', now() + INTERVAL '15 seconds') AS TIMESTAMP)").query(Timestamp.class).single();
    int made = db.sql("""
            UPDATE ACT_RU_JOB SET DUEDATE_ = CAST(:first AS TIMESTAMP) + s.rn * (60000.0 / CAST(:count AS INTEGER)) * INTERVAL '1 millisecond'
            FROM (SELECT j.ID_, ROW_NUMBER() OVER (ORDER BY j.ID_) - 1 AS rn FROM ACT_RU_JOB j
                  JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_
                  WHERE d.ACT_ID_ = :activity AND j.LOCK_OWNER_ IS NULL LIMIT :count) s
            WHERE ACT_RU_JOB.ID_ = s.ID_""")
        .param("first", first).param("count", count).param("activity", activityId).update();
    Timestamp last = Timestamp.from(first.toInstant().plusSeconds(60));
    await(Duration.ofMinutes(30), activityId + " burst", () -> db.sql("""
            SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_
            WHERE d.ACT_ID_ = :activity AND j.DUEDATE_ <= :last""")
        .param("activity", activityId).param("last", last).query(Long.class).single() == 0);
    List<double[]> done = db.sql("""
            SELECT EXTRACT(EPOCH FROM (TIMESTAMP_ - JOB_DUEDATE_)) * 1000,
                   EXTRACT(EPOCH FROM (TIMESTAMP_ - CAST(:first AS TIMESTAMP))) * 1000
            FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 AND ACT_ID_ = :activity
            AND JOB_DUEDATE_ >= :first AND JOB_DUEDATE_ <= :last""")
        .param("first", first).param("last", last).param("activity", activityId)
        .query((rs, row) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).list();
    // timers of early cases may fall due in the window by themselves when the run is long: they count too
    assertThat(done.size()).as("%s executed", activityId).isGreaterThanOrEqualTo(made);
    double[] lateness = done.stream().mapToDouble(d -> d[0]).sorted().toArray();
    double span = done.stream().mapToDouble(d -> d[1]).max().orElse(1) / 1000.0;
    return new Burst(done.size(), lateness, done.size() / Math.max(span, 1e-3));
  }

  /** One timer due in eight seconds on an otherwise idle server; its lateness in milliseconds. */
  private double single(String activityId) {
    Timestamp due = db.sql("SELECT CAST(date_trunc('milliseconds', now() + INTERVAL '8 seconds') AS TIMESTAMP)").query(Timestamp.class).single();
    String jobId = db.sql("""
            SELECT j.ID_ FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_
            WHERE d.ACT_ID_ = :activity AND j.LOCK_OWNER_ IS NULL AND j.DUEDATE_ > :due LIMIT 1""")
        .param("activity", activityId).param("due", due).query(String.class).single();
    db.sql("UPDATE ACT_RU_JOB SET DUEDATE_ = :due WHERE ID_ = :id").param("due", due).param("id", jobId).update();
    await(Duration.ofMinutes(3), "single timer", () -> db.sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE ID_ = :id")
        .param("id", jobId).query(Long.class).single() == 0);
    return db.sql("""
            SELECT EXTRACT(EPOCH FROM (TIMESTAMP_ - JOB_DUEDATE_)) * 1000 FROM ACT_HI_JOB_LOG
            WHERE JOB_ID_ = :id AND JOB_STATE_ = 2""").param("id", jobId).query(Double.class).single();
  }

  private static void await(Duration timeout, String what, Supplier<Boolean> done) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
      }
      ServerProcess.pause(Duration.ofMillis(500));
    }
  }

  // --- report -----------------------------------------------------------------------------------------------

  private void report(Instant began, String loadBefore) throws IOException {
    String command = "mvn -B -Pbench test -Dbench.cases=" + cases + " -Dbench.timers=" + timers
        + " -Dbench.intake=" + intake + " -Dbench.threads=" + threads + " -Dbench.samples=" + samples
        + (jvm.equals("-Xmx1g") ? "" : " \"-Dbench.jvm=" + jvm + "\"")
        + (serverArgs.isEmpty() ? "" : " \"-Dbench.server=" + serverArgs + "\"")
        + (intakeOnly ? " -Dbench.only=intake" : "");
    StringBuilder table = new StringBuilder();
    table.append("| figure | Casedesk | no-op diagram (same run) | baseline (same run) | ratio | Casedesk / no-op | target |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Row row : rows) {
      table.append("| ").append(String.join(" | ", row.figure(), row.value(), row.noop(), row.baseline(), row.ratio(),
          row.noopRatio(), row.target())).append(" |\n");
    }
    String pgVersion = db.sql("SHOW server_version").query(String.class).single();
    String section = """
        <!-- bench:begin (written by io.casedesk.bench.CasedeskBenchmark; edit outside these markers) -->
        Run of %s, %s minutes, on %s; PostgreSQL %s on the same machine; Java %s, server JVM `%s`.
        Scale: %d open cases, %d escalations in the burst, %d cases per intake measurement, %d threads, %d samples per latency.
        Load average before / after the run: %s / %s.%s

        Command: `%s`

        %s
        Baselines: intake and database work against bare `RuntimeService.startProcessInstanceByKey` of a process with
        one user task and one timer boundary event (history level full, like Casedesk), in the same server; at-rest
        figures against the same server right after start-up with one case; the escalation burst against the same
        burst of that process's timers. No-op diagram: the deployed case diagram, with the same decision tables,
        whose delegates, listeners and bean calls do nothing, started with the variables real cases have after
        intake (what the diagram costs; Casedesk / no-op is what Casedesk's own code adds).

        Rows written per opened case, by table (`pg_stat_user_tables`, deltas around each intake measurement):
        total (inserted / updated / deleted).

        %s
        <!-- bench:end -->
        """.formatted(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(began.atOffset(ZoneOffset.UTC).withNano(0)),
        Duration.between(began, Instant.now()).toMinutes(), machine(), pgVersion, System.getProperty("java.version"),
        jvm, cases, timers, intake, threads, samples, loadBefore, loadAverage(),
        System.getProperty("bench.note", "").isBlank() ? "" : "\n" + System.getProperty("bench.note"),
        command, table, byTable);
    System.out.println("\n" + section);
    String document = Files.exists(output) ? Files.readString(output) : "# Benchmarks\n\n";
    int begin = document.indexOf("<!-- bench:begin");
    int end = document.indexOf("<!-- bench:end -->");
    document = begin >= 0 && end > begin
        ? document.substring(0, begin) + section + document.substring(end + "<!-- bench:end -->\n".length())
        : document + "\n" + section;
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, document);
  }

  static String machine() throws IOException {
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
        .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB").orElse("?");
    return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + " memory";
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "?";
    }
  }

  private static NodeClient.Response expect(NodeClient.Response response, int status) {
    assertThat(response.status()).as("%s", response).isEqualTo(status);
    return response;
  }

  static String mib(long bytes) {
    return bytes < 0 ? "n/a" : "%d MiB".formatted(bytes / 1024 / 1024);
  }

  static String seconds(double millis) {
    return String.format(Locale.ROOT, "%.2f s", millis / 1000);
  }

  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }

  /** A line of the table; {@code noop} and {@code noopRatio}: the no-op copy of the case diagram and Casedesk / it. */
  record Row(String figure, String value, String noop, String baseline, String ratio, String noopRatio,
      String target) {

    Row(String figure, String value, String baseline, String ratio, String target) {
      this(figure, value, "", baseline, ratio, "", target);
    }

    static Row rate(String figure, double value, double noop, double baseline, String target) {
      return new Row(figure, "%.0f cases/s".formatted(value), "%.0f/s".formatted(noop), "%.0f/s".formatted(baseline),
          String.format(Locale.ROOT, "%.2f", value / baseline), String.format(Locale.ROOT, "%.2f", value / noop),
          target);
    }
  }

  record Memory(long heapAfterGc, long rss) {}

  record Burst(int count, double[] sortedLateness, double jobsPerSecond) {

    String lateness() {
      return seconds(percentile(sortedLateness, 0.50)) + " / " + seconds(percentile(sortedLateness, 0.99)) + " / "
          + seconds(sortedLateness.length == 0 ? Double.NaN : sortedLateness[sortedLateness.length - 1]);
    }
  }

  record Latencies(double[] health, double[] list, double[] one, double[] tasks) {

    void addRows(List<Row> rows, Latencies empty, int cases) {
      rows.add(row("GET /api/cases with filters, p50 / p95", list, empty.list, "p95 <= 50 ms"));
      rows.add(row("GET /api/cases/{n}, p50 / p95", one, empty.one, "p95 <= 50 ms"));
      rows.add(row("Tasklist task query for group engineers (webapp session), p50 / p95", tasks, empty.tasks,
          "p95 <= 50 ms"));
      rows.add(row("Floor: GET /actuator/health, p50 / p95", health, empty.health, ""));
    }

    private static Row row(String figure, double[] full, double[] empty, String target) {
      return new Row(figure, ms(full), ms(empty) + " (empty)", "", target);
    }

    private static String ms(double[] sorted) {
      return String.format(Locale.ROOT, "%.1f / %.1f ms", percentile(sorted, 0.5), percentile(sorted, 0.95));
    }
  }
}

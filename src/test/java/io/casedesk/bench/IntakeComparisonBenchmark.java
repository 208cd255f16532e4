package io.casedesk.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.casedesk.bench.IntakeMeasurement.Work;
import io.casedesk.support.NodeClient;
import io.casedesk.support.PostgresTestDatabase;
import io.casedesk.support.ServerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The intake of an older build beside this checkout's, in one run on one machine (issue 17, item 7): each server in
 * turn in a JVM of its own on a fresh database of the same PostgreSQL, measured by the same harness
 * ({@link IntakeMeasurement}: bare engine, domain service, {@code POST /api/cases}). Run by
 * {@code bench/compare-intake}, which builds the older commit in a git worktree of its own and passes its classes;
 * skipped without {@code bench.before.classpath}.
 *
 * <p>Settings: {@code bench.before.classpath} (the older build's class path, or a file holding it),
 * {@code bench.before.dir} (its working directory), {@code bench.before.label}, {@code bench.current.label},
 * {@code bench.intake} (cases per measurement, default 2000), {@code bench.threads} (default 8),
 * {@code bench.rounds} (servers started in turn per build, default 1; rates are the median of the rounds),
 * {@code bench.jvm} (default -Xmx1g), {@code bench.output} (default docs/benchmarks.md, between the
 * {@code intake-compare:begin} and {@code intake-compare:end} markers).
 */
@Tag("bench")
class IntakeComparisonBenchmark {

  private static final String BEGIN = "<!-- intake-compare:begin";
  private static final String END = "<!-- intake-compare:end -->";

  private final String beforeClassPath = System.getProperty("bench.before.classpath", "");
  private final String beforeDir = System.getProperty("bench.before.dir", "");
  private final String beforeLabel = System.getProperty("bench.before.label", "before");
  private final String currentLabel = System.getProperty("bench.current.label", "checkout");
  private final int intake = Integer.getInteger("bench.intake", 2_000);
  private final int threads = Integer.getInteger("bench.threads", 8);
  private final int rounds = Integer.getInteger("bench.rounds", 1);
  private final String jvm = System.getProperty("bench.jvm", "-Xmx1g");
  private final Path output = Path.of(System.getProperty("bench.output", "docs/benchmarks.md"));

  @Test
  void intakeBeforeAndNow() throws IOException {
    assumeTrue(!beforeClassPath.isBlank(), "bench.before.classpath not set: run bench/compare-intake");
    Instant began = Instant.now();
    String loadBefore = CasedeskBenchmark.loadAverage();
    String classPath = Files.isRegularFile(Path.of(beforeClassPath))
        ? Files.readString(Path.of(beforeClassPath)).trim() : beforeClassPath;
    Build before = new Build(beforeLabel, classPath, beforeDir.isBlank() ? null : Path.of(beforeDir));
    Build current = new Build(currentLabel, null, null);
    for (int round = 1; round <= rounds; round++) {
      for (Build build : List.of(before, current)) {
        build.results.add(measure(build, round));
        System.out.printf(Locale.ROOT, "%s, round %d: service %.1f/s, HTTP %.1f/s, bare %.1f/s, rows per case %.0f%n",
            build.label, round, build.last().service().rate(), build.last().http().rate(), build.last().bare().rate(),
            build.last().service().rowsPerUnit());
      }
    }
    report(began, loadBefore, before, current);
  }

  private Result measure(Build build, int round) {
    String suffix = "compare_" + (build.classPath == null ? "current" : "before");
    String jdbcUrl = PostgresTestDatabase.fresh(suffix);
    JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(jdbcUrl, PostgresTestDatabase.user(), "", true));
    Map<String, String> properties = new LinkedHashMap<>(Map.of("spring.profiles.active", "postgres,demo,bench",
        "logging.level.root", "WARN", "logging.level.io.casedesk", "INFO"));
    String name = suffix.replace('_', '-') + "-" + round;
    List<String> jvmOptions = List.of(jvm.split("\\s+"));
    try (ServerProcess server = (build.classPath == null
        ? ServerProcess.start(name, ServerProcess.freePort(), jdbcUrl, jvmOptions, properties)
        : ServerProcess.start(name, ServerProcess.freePort(), jdbcUrl, jvmOptions, properties, build.classPath,
            build.directory))
        .awaitUp(Duration.ofMinutes(5))) {
      IntakeMeasurement intakes = new IntakeMeasurement(server,
          db, NodeClient.as("admin", "demo").withTimeout(Duration.ofHours(1)), intake, threads);
      intakes.setUp();
      intakes.warmUp();
      Work bare = intakes.bare();
      intakes.deleteBare();
      Work service = intakes.service();
      Work http = intakes.http();
      return new Result(bare, service, http);
    }
  }

  private void report(Instant began, String loadBefore, Build before, Build current) throws IOException {
    List<String[]> rows = new ArrayList<>();
    rows.add(rate("Intake, domain service (" + threads + " threads)", before, current, Result::service, ">= 2"));
    rows.add(rate("Intake, POST /api/cases (" + threads + " HTTP client threads)", before, current, Result::http,
        ">= 2"));
    rows.add(rate("Bare engine in the same server (the machine's state; should not move)", before, current,
        Result::bare, ""));
    rows.add(new String[] {"Transactions per opened case, service / HTTP",
        perCase(before, w -> w.transactionsPerUnit(), "%.1f"), perCase(current, w -> w.transactionsPerUnit(), "%.1f"),
        "", ""});
    rows.add(new String[] {"Rows written per opened case (pg_stat_database), service / HTTP",
        perCase(before, Work::rowsPerUnit, "%.0f"), perCase(current, Work::rowsPerUnit, "%.0f"), "", "<= 100"});
    StringBuilder table = new StringBuilder("| figure | " + before.label + " | " + current.label
        + " | " + current.label + " / " + before.label + " | target |\n|---|---|---|---|---|\n");
    rows.forEach(row -> table.append("| ").append(String.join(" | ", row)).append(" |\n"));
    String byTable = IntakeMeasurement.byTable(
        List.of(before.label + ", service", current.label + ", service"),
        List.of(before.last().service(), current.last().service()));
    StringBuilder perRound = new StringBuilder();
    for (Build build : List.of(before, current)) {
      perRound.append("\n").append(build.label).append(": service ")
          .append(rates(build, Result::service)).append(", HTTP ").append(rates(build, Result::http))
          .append(", bare ").append(rates(build, Result::bare)).append(" (cases/s, round by round).");
    }
    String section = """
        %s (written by io.casedesk.bench.IntakeComparisonBenchmark via bench/compare-intake; edit outside these markers) -->
        Run of %s, %d minutes, on %s; Java %s, server JVM `%s`; %d cases per measurement, %d threads, %d round(s),
        the two builds' servers started in turn, each on a fresh database; rates are the median of the rounds.
        Load average before / after the run: %s / %s.
        %s

        %s
        Rows written per opened case through the domain service, by table (`pg_stat_user_tables`, last round):
        total (inserted / updated / deleted).

        %s
        %s
        """.formatted(BEGIN, DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(began.atOffset(ZoneOffset.UTC).withNano(0)),
        Duration.between(began, Instant.now()).toMinutes(), CasedeskBenchmark.machine(),
        System.getProperty("java.version"), jvm, intake, threads, rounds, loadBefore, CasedeskBenchmark.loadAverage(),
        perRound, table, byTable, END);
    System.out.println("\n" + section);
    String document = Files.exists(output) ? Files.readString(output) : "# Intake comparison\n\n";
    int begin = document.indexOf(BEGIN);
    int end = document.indexOf(END);
    document = begin >= 0 && end > begin
        ? document.substring(0, begin) + section + document.substring(end + (END + "\n").length())
        : document + "\n" + section;
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, document);
  }

  private static String[] rate(String figure, Build before, Build current, java.util.function.Function<Result, Work> which,
      String target) {
    double was = median(before, r -> which.apply(r).rate());
    double now = median(current, r -> which.apply(r).rate());
    return new String[] {figure, "%.0f cases/s".formatted(was), "%.0f cases/s".formatted(now),
        String.format(Locale.ROOT, "%.2f", now / was), target};
  }

  private static String perCase(Build build, ToDoubleFunction<Work> figure, String format) {
    return String.format(Locale.ROOT, format + " / " + format, figure.applyAsDouble(build.last().service()),
        figure.applyAsDouble(build.last().http()));
  }

  private static String rates(Build build, java.util.function.Function<Result, Work> which) {
    return String.join(", ", build.results.stream()
        .map(r -> String.format(Locale.ROOT, "%.1f", which.apply(r).rate())).toList());
  }

  private static double median(Build build, ToDoubleFunction<Result> figure) {
    double[] values = build.results.stream().mapToDouble(figure).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  private record Result(Work bare, Work service, Work http) {}

  /** A build to measure: {@code classPath} null is this checkout (the test class path). */
  private static final class Build {

    final String label;
    final String classPath;
    final Path directory;
    final List<Result> results = new ArrayList<>();

    Build(String label, String classPath, Path directory) {
      this.label = label;
      this.classPath = classPath;
      this.directory = directory;
    }

    Result last() {
      return results.get(results.size() - 1);
    }
  }
}

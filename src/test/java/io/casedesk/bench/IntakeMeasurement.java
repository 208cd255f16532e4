package io.casedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.NodeClient;
import io.casedesk.support.ServerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One intake measurement against a running bench server: {@code intake} cases (or baseline instances) on
 * {@code threads} threads, with the database work it caused: transactions and rows from {@code pg_stat_database},
 * rows per table from {@code pg_stat_user_tables}, both as deltas around the run.
 *
 * <p>Apart from the no-op baseline it uses only what the BenchServer of commit 0fa9b3a (before issue 17) offers
 * ({@code /setup}, {@code /baseline}, {@code /service}), so {@link IntakeComparisonBenchmark} measures that commit
 * the same way.
 */
final class IntakeMeasurement {

  /** How long the database's row counters must stand still before they are read (see {@link #counters}). */
  private static final Duration QUIET = Duration.ofSeconds(11);

  private final ServerProcess server;
  private final JdbcClient db;
  private final NodeClient admin;
  private final int intake;
  private final int threads;

  IntakeMeasurement(ServerProcess server, JdbcClient db, NodeClient admin, int intake, int threads) {
    this.server = server;
    this.db = db;
    this.admin = admin;
    this.intake = intake;
    this.threads = threads;
  }

  /** The bench companies' contracts and the bare baseline process; then one case over HTTP, whose number it returns. */
  String setUp() {
    expect(admin.postJson(server.url("/api/bench/setup"), Map.of()), 200);
    String first = openOverHttp(NodeClient.as("hotline1", "demo"), 0);
    assertThat(first).as("first case over HTTP").isNotNull();
    return first;
  }

  /** A little of each kind of intake, so that the measured runs find the code compiled and the caches filled. */
  void warmUp() {
    int warm = Math.min(100, intake);
    timed(admin.postJson(server.url("/api/bench/baseline?count=" + warm + "&threads=" + threads), Map.of()));
    timed(admin.postJson(server.url("/api/bench/service?count=" + warm + "&threads=" + threads), Map.of()));
    expect(admin.delete(server.url("/api/bench/baseline")), 200);
  }

  /** Bare {@code startProcessInstanceByKey} of the one-user-task process. */
  Work bare() {
    return measure(() -> timed(admin.postJson(
        server.url("/api/bench/baseline?count=" + intake + "&threads=" + threads), Map.of())));
  }

  void deleteBare() {
    expect(admin.delete(server.url("/api/bench/baseline")), 200);
  }

  /**
   * Deploys the no-op copy of the case diagram and takes start variables from {@code min(420, intake)} real cases
   * (420: every combination of the requests' priority, channel, category and company), then warms it up.
   * Returns what the server replaced and kept.
   */
  JsonNode prepareNoop() {
    int templates = Math.min(420, intake);
    JsonNode report = expect(admin.postJson(server.url("/api/bench/noop/setup?templates=" + templates), Map.of()),
        200).json();
    timed(admin.postJson(server.url("/api/bench/noop?count=" + Math.min(100, intake) + "&threads=" + threads),
        Map.of()));
    expect(admin.delete(server.url("/api/bench/noop")), 200);
    return report;
  }

  /** The no-op copy of the case diagram, started as the intake would. */
  Work noop() {
    return measure(() -> timed(admin.postJson(
        server.url("/api/bench/noop?count=" + intake + "&threads=" + threads), Map.of())));
  }

  void deleteNoop() {
    expect(admin.delete(server.url("/api/bench/noop")), 200);
  }

  /** {@code SupportCaseService.open} in the server, without HTTP. */
  Work service() {
    return measure(() -> timed(admin.postJson(
        server.url("/api/bench/service?count=" + intake + "&threads=" + threads), Map.of())));
  }

  /** {@code POST /api/cases} from {@code threads} HTTP clients, as the hotline user. */
  Work http() {
    return measure(this::intakeOverHttp);
  }

  private long[] intakeOverHttp() {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      NodeClient hotline = NodeClient.as("hotline1", "demo");
      workers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < intake; i = next.getAndIncrement()) {
          if (openOverHttp(hotline, i) == null) {
            failed.incrementAndGet();
          }
        }
      }));
    }
    BenchThreads.awaitAll(pool, workers);
    assertThat(failed.get()).as("failed HTTP intakes").isZero();
    return new long[] {intake, (System.nanoTime() - start) / 1_000_000};
  }

  String openOverHttp(NodeClient hotline, int i) {
    NodeClient.Response opened = hotline.postJson(server.url("/api/cases"), BenchServer.request(i));
    return opened.status() == 201 ? opened.json().path("caseNumber").asText() : null;
  }

  private static long[] timed(NodeClient.Response response) {
    expect(response, 200);
    JsonNode body = response.json();
    assertThat(body.path("failed").asInt()).as("failed in %s", body).isZero();
    return new long[] {body.path("count").asLong(), body.path("millis").asLong()};
  }

  /** Runs the intake and reads the database's own counters around it. */
  private Work measure(Supplier<long[]> run) {
    Counters before = counters();
    long[] result = run.get();
    Counters after = counters();
    Map<String, long[]> tables = new HashMap<>();
    after.tables().forEach((table, now) -> {
      long[] was = before.tables().getOrDefault(table, new long[3]);
      long[] delta = {now[0] - was[0], now[1] - was[1], now[2] - was[2]};
      if (delta[0] + delta[1] + delta[2] != 0) {
        tables.put(table, delta);
      }
    });
    return new Work(result[0], result[1], after.transactions() - before.transactions(),
        after.rollbacks() - before.rollbacks(), after.rows() - before.rows(), tables);
  }

  private record Counters(long transactions, long rollbacks, long rows, Map<String, long[]> tables) {}

  /**
   * Transactions and rows written in this database, and rows per table. Backends report their counters when they
   * fall idle, at most once a second, and may hold back what they have for up to 10 seconds (PostgreSQL's
   * {@code PGSTAT_IDLE_INTERVAL}): this waits until the rows have not moved for {@link #QUIET} (at most a minute and a
   * half). Two readings two seconds apart were not enough: a short run (the bare engine's 200 instances in half a
   * second) was then missed entirely.
   */
  private Counters counters() {
    long[] last = null;
    long quietSince = System.nanoTime();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (true) {
      db.sql("SELECT pg_stat_clear_snapshot()").query().singleRow();
      long[] now = db.sql("""
              SELECT xact_commit + xact_rollback AS xacts, tup_inserted + tup_updated + tup_deleted AS tuples,
                     xact_rollback
              FROM pg_stat_database WHERE datname = current_database()""")
          .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
      if (last == null || last[1] != now[1]) {
        quietSince = System.nanoTime();
      }
      if (System.nanoTime() - quietSince >= QUIET.toNanos() || System.nanoTime() > deadline) {
        Map<String, long[]> tables = new HashMap<>();
        db.sql("SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables")
            .query(rs -> {
              tables.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
            });
        return new Counters(now[0], now[2], now[1], tables);
      }
      last = now;
      ServerProcess.pause(Duration.ofSeconds(1));
    }
  }

  static NodeClient.Response expect(NodeClient.Response response, int status) {
    assertThat(response.status()).as("%s", response).isEqualTo(status);
    return response;
  }

  /** What one measurement did: how many, how long, and the database work it caused. */
  record Work(long count, long millis, long transactions, long rollbacks, long rows, Map<String, long[]> tables) {

    double rate() {
      return count * 1000.0 / Math.max(1, millis);
    }

    double transactionsPerUnit() {
      return (double) transactions / count;
    }

    double rowsPerUnit() {
      return (double) rows / count;
    }

    double perUnit(String table) {
      long[] delta = tables.getOrDefault(table, new long[3]);
      return (double) (delta[0] + delta[1] + delta[2]) / count;
    }

    String cell(String table) {
      long[] d = tables.getOrDefault(table, new long[3]);
      if (d[0] + d[1] + d[2] == 0) {
        return "";
      }
      return String.format(Locale.ROOT, "%.1f (%.1f / %.1f / %.1f)", perUnit(table), (double) d[0] / count,
          (double) d[1] / count, (double) d[2] / count);
    }
  }

  /**
   * Rows written per opened case, by table, one column per measurement: every table with at least 0.05 rows per
   * case in some column, most rows in the first column first; the user tables' sum, {@code pg_stat_database}'s
   * figure, which also counts system catalogs and TOAST, and the transactions with those that rolled back (a job
   * the job executor and the caller both tried to run, for one).
   */
  static String byTable(List<String> labels, List<Work> works) {
    List<String> tables = works.stream().flatMap(w -> w.tables().keySet().stream()).distinct()
        .filter(t -> works.stream().anyMatch(w -> w.perUnit(t) >= 0.05))
        .sorted(Comparator.comparingDouble((String t) -> -works.get(0).perUnit(t))
            .thenComparing(Comparator.naturalOrder()))
        .toList();
    StringBuilder out = new StringBuilder("| table | ").append(String.join(" | ", labels)).append(" |\n|---|");
    out.append("---|".repeat(labels.size())).append('\n');
    for (String table : tables) {
      out.append("| ").append(table.startsWith("act_") ? table.toUpperCase(Locale.ROOT) : table);
      works.forEach(w -> out.append(" | ").append(w.cell(table)));
      out.append(" |\n");
    }
    out.append("| all user tables");
    works.forEach(w -> out.append(" | ").append(String.format(Locale.ROOT, "%.1f",
        w.tables().keySet().stream().mapToDouble(w::perUnit).sum())));
    out.append(" |\n| pg_stat_database (with catalogs, TOAST)");
    works.forEach(w -> out.append(" | ").append(String.format(Locale.ROOT, "%.1f", w.rowsPerUnit())));
    out.append(" |\n| transactions (of them rolled back)");
    works.forEach(w -> out.append(" | ").append(String.format(Locale.ROOT, "%.1f (%.1f)", w.transactionsPerUnit(),
        (double) w.rollbacks() / w.count())));
    return out.append(" |\n").toString();
  }
}

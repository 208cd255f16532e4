package io.casedesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.NodeClient;
import io.casedesk.support.PostgresTestDatabase;
import io.casedesk.support.ServerProcess;
import java.sql.Timestamp;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two Casedesk nodes, each in a JVM of its own, on one PostgreSQL database: a homogeneous Camunda cluster.
 * Both start at the same moment on an empty database; cases are opened on both; escalation timers are made due
 * within seconds (over the engine REST, as an operator can) and the node that holds escalation jobs is killed with
 * SIGKILL. The other node must complete every escalation after the dead node's locks expire, each exactly once,
 * and the killed node must rejoin and take its share again. A Tasklist login made on one node must hold on the other.
 */
@Tag("cluster")
class TwoNodeClusterTest {

  private static final int CASES_PER_NODE = 20;
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  /** Short, so that the test sees the takeover soon; production keeps 60 s (application.yaml). */
  private static final int LOCK_MILLIS = 8_000;

  private final List<ServerProcess> nodes = new ArrayList<>();
  private final NodeClient hotline = NodeClient.as("hotline1", "demo");
  private final NodeClient admin = NodeClient.as("admin", "demo");
  private JdbcClient db;
  private String jdbcUrl;

  @AfterEach
  void stopNodes() {
    nodes.forEach(ServerProcess::close);
  }

  @Test
  void twoNodesShareWorkSurviveAKilledNodeAndShareLogins() {
    jdbcUrl = PostgresTestDatabase.fresh("cluster");
    db = JdbcClient.create(new SingleConnectionDataSource(jdbcUrl, PostgresTestDatabase.user(), "", true));

    // both nodes start at the same moment on an empty database
    ServerProcess a = start("node-a");
    ServerProcess b = start("node-b");
    a.awaitUp(START_TIMEOUT);
    b.awaitUp(START_TIMEOUT);
    startedOnceOnly();

    List<String> caseNumbers = new ArrayList<>();
    for (int i = 0; i < CASES_PER_NODE; i++) {
      caseNumbers.add(openCase(a));
      caseNumbers.add(openCase(b));
    }
    assertThat(new HashSet<>(caseNumbers)).as("case numbers unique across nodes").hasSize(2 * CASES_PER_NODE);

    loginOnOneNodeHoldsOnTheOther(a, b);

    // wave 1: every engineer escalation due in two seconds; the node that takes them dies while it holds some.
    // Which node's job executor acquires first is the job executor's business (a busy node polls again at
    // once, an idle one waits up to max-wait), so the test kills whichever holds them.
    Map<String, String> engineerJobs = timerJobs(NEXT_ESCALATION); // every case's first: the engineer's
    assertThat(engineerJobs).hasSize(caseNumbers.size());
    makeDue(a, engineerJobs.values(), Instant.now().plusSeconds(2), Duration.ZERO);
    Locks locked = awaitJobsLocked(engineerJobs.values());
    ServerProcess victim = locked.owner().equals(a.name()) ? a : b;
    ServerProcess survivor = victim == a ? b : a;
    victim.kill();
    // what the victim had not finished (and committed) when it died
    Map<String, Instant> heldByVictim = new LinkedHashMap<>(locked.expiries());
    heldByVictim.keySet().retainAll(db.sql("SELECT ID_ FROM ACT_RU_JOB WHERE ID_ IN (:ids)")
        .param("ids", locked.expiries().keySet()).query(String.class).list());
    assertThat(heldByVictim).as("escalation jobs the killed node %s held", victim.name()).isNotEmpty();

    String lateCase = openCase(survivor); // the survivor keeps taking cases meanwhile
    awaitJobsDone(engineerJobs.values(), Duration.ofSeconds(90));
    assertEscalatedExactlyOnce(caseNumbers, 1);
    for (var held : heldByVictim.entrySet()) {
      String jobId = held.getKey();
      Map<String, Object> done = db.sql("""
              SELECT HOSTNAME_, TIMESTAMP_ FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = :id AND JOB_STATE_ = 2""")
          .param("id", jobId).query().singleRow();
      assertThat(done.get("HOSTNAME_")).as("job %s held by the killed node", jobId).isEqualTo(survivor.name());
      assertThat(((Timestamp) done.get("TIMESTAMP_")).toInstant()).as("taken over after the lock expired")
          .isAfterOrEqualTo(held.getValue().minusMillis(50));
    }

    // the killed node restarts and rejoins: nothing deployed twice, it opens cases and executes jobs again
    ServerProcess restarted = start(victim.name()).awaitUp(START_TIMEOUT);
    startedOnceOnly();
    List<String> laterCases = List.of(lateCase, openCase(restarted), openCase(survivor));
    List<String> allCases = new ArrayList<>(caseNumbers);
    allCases.addAll(laterCases);
    assertThat(new HashSet<>(allCases)).hasSize(allCases.size());

    // wave 2: every case's next escalation due within three seconds, both nodes alive: the supervisors' for the
    // cases of wave 1, the engineers' for the later ones
    Map<String, String> nextJobs = timerJobs(NEXT_ESCALATION);
    assertThat(nextJobs).hasSize(allCases.size()).doesNotContainValue(engineerJobs.values().iterator().next());
    makeDue(survivor, nextJobs.values(), Instant.now().plusSeconds(2), Duration.ofSeconds(3));
    awaitJobsDone(nextJobs.values(), Duration.ofSeconds(60));
    assertEscalatedExactlyOnce(caseNumbers, 2);
    assertEscalatedExactlyOnce(laterCases, 1);
    assertThat(db.sql("""
            SELECT DISTINCT HOSTNAME_ FROM ACT_HI_JOB_LOG
            WHERE JOB_STATE_ = 2 AND JOB_ID_ IN (:ids)""").param("ids", nextJobs.values())
        .query(String.class).list()).as("nodes that executed wave 2").contains("node-a", "node-b");

    // no notification twice, none lost: every case has the same kinds of messages, each once
    assertThat(db.sql("""
            SELECT case_number, kind, recipient, payload, COUNT(*) FROM outbox
            GROUP BY case_number, kind, recipient, payload HAVING COUNT(*) > 1""")
        .query().listOfRows()).as("duplicate notifications").isEmpty();
    assertThat(db.sql("SELECT COUNT(*) FROM support_case").query(Long.class).single())
        .isEqualTo(allCases.size());
  }

  private ServerProcess start(String name) {
    ServerProcess node = ServerProcess.start(name, ServerProcess.freePort(), jdbcUrl,
        List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
        Map.of("camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_MILLIS),
            "logging.level.root", "WARN",
            "logging.level.io.casedesk", "INFO"));
    nodes.add(node);
    return node;
  }

  /** Schema, deployment, groups, users and demo data exist once, whichever node created them. */
  private void startedOnceOnly() {
    assertThat(db.sql("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT").query(Long.class).single()).isEqualTo(1);
    assertThat(db.sql("SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ = 'case-handling'").query(Long.class).single())
        .isEqualTo(1);
    assertThat(db.sql("SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ IN ('admin', 'hotline1', 'customer1')")
        .query(Long.class).single()).isEqualTo(3);
    assertThat(db.sql("SELECT COUNT(*) FROM contract").query(Long.class).single()).isEqualTo(2);
    assertThat(db.sql("SELECT COUNT(*) FROM customer_account").query(Long.class).single()).isEqualTo(1);
    assertThat(db.sql("""
            SELECT COUNT(*) FROM (SELECT GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION
            WHERE GROUP_ID_ IS NOT NULL GROUP BY GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, TYPE_ HAVING COUNT(*) > 1) d""")
        .query(Long.class).single()).as("duplicate group permissions").isZero();
    assertThat(db.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success").query(Long.class).single())
        .isZero();
  }

  private String openCase(ServerProcess node) {
    NodeClient.Response opened = hotline.postJson(node.url("/api/cases"), Map.of(
        "callerName", "Ada Lovelace", "callerEmail", "ada@demo.example", "contractId", "CT-DEMO-1",
        "product", "router-x", "category", "operational-problem", "impact", "high", "urgency", "high",
        "subject", "Core router down", "channel", "phone"));
    assertThat(opened.status()).as("open a case on %s: %s", node.name(), opened).isEqualTo(201);
    assertThat(opened.json().path("priority").asText()).isEqualTo("P1");
    return opened.json().path("caseNumber").asText();
  }

  private void loginOnOneNodeHoldsOnTheOther(ServerProcess a, ServerProcess b) {
    NodeClient browser = NodeClient.browser().withCsrfHeader(true);
    assertThat(browser.get(a.url("/camunda/app/tasklist/default/")).status()).isEqualTo(200);
    // as Tasklist starts: asking who is logged in starts the session (the page load stores none)
    browser.get(a.url("/camunda/api/admin/auth/user/default"));
    assertThat(browser.cookie("XSRF-TOKEN")).as("CSRF cookie from node A").isNotNull();
    NodeClient.Response login = browser.postForm(a.url("/camunda/api/admin/auth/user/default/login/tasklist"),
        Map.of("username", "engineer1", "password", "demo"));
    assertThat(login.status()).as("login on A: %s", login).isEqualTo(200);

    // the login starts a new session; Tasklist's next call on A gets the new session's CSRF token
    assertThat(browser.get(a.url("/camunda/api/admin/auth/user/default")).status()).isEqualTo(200);
    String tokenFromA = browser.cookie("XSRF-TOKEN");

    NodeClient.Response who = browser.get(b.url("/camunda/api/admin/auth/user/default"));
    assertThat(who.status()).as("session on B: %s", who).isEqualTo(200);
    assertThat(who.json().path("userId").asText()).isEqualTo("engineer1");
    assertThat(browser.cookie("XSRF-TOKEN")).as("B knows the token A issued").isEqualTo(tokenFromA);
    NodeClient.Response tasks = browser.get(b.url("/camunda/api/engine/engine/default/task?candidateGroup=engineers"));
    assertThat(tasks.status()).as("task list on B: %s", tasks).isEqualTo(200);
    assertThat(tasks.json().isArray()).isTrue();
    // Tasklist's own query is a POST: the CSRF token issued by A is checked by B
    NodeClient.Response query = browser.postJson(
        b.url("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15"),
        Map.of("candidateGroup", "engineers", "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));
    assertThat(query.status()).as("Tasklist query on B: %s", query).isEqualTo(200);
    assertThat(query.json().size()).isPositive();

    NodeClient withoutCsrf = NodeClient.browser();
    assertThat(withoutCsrf.get(b.url("/camunda/api/engine/engine/default/task")).status())
        .as("no session, no tasks").isEqualTo(401);
  }

  /** Timer job id per case for the given boundary event. */
  /** The timer of the SLA clock's next escalation (case-handling.bpmn): one per running clock. */
  private static final String NEXT_ESCALATION = "next-escalation-due";

  private Map<String, String> timerJobs(String activityId) {
    Map<String, String> jobs = new LinkedHashMap<>();
    db.sql("""
            SELECT e.BUSINESS_KEY_, j.ID_ FROM ACT_RU_JOB j
            JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_
            JOIN ACT_RU_EXECUTION e ON e.ID_ = j.PROCESS_INSTANCE_ID_
            WHERE d.ACT_ID_ = :activity ORDER BY e.BUSINESS_KEY_""")
        .param("activity", activityId)
        .query((rs, row) -> jobs.put(rs.getString(1), rs.getString(2))).list();
    return jobs;
  }

  /** Sets due dates over the engine REST, spread evenly from {@code first} over {@code spread}. */
  private void makeDue(ServerProcess node, java.util.Collection<String> jobIds, Instant first, Duration spread) {
    SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    format.setTimeZone(TimeZone.getTimeZone("UTC"));
    int i = 0;
    for (String jobId : jobIds) {
      Instant due = first.plusMillis(jobIds.size() < 2 ? 0 : spread.toMillis() * i++ / (jobIds.size() - 1));
      NodeClient.Response set = admin.putJson(node.url("/engine-rest/job/" + jobId + "/duedate"),
          Map.of("duedate", format.format(Date.from(due))));
      assertThat(set.status()).as("set due date of %s: %s", jobId, set).isEqualTo(204);
    }
  }

  /** Which node's job executor locked some of the jobs, and until when each. */
  private record Locks(String owner, Map<String, Instant> expiries) {}

  /**
   * Polls until a node's job executor holds some of the given jobs (not others, such as the history cleanup job);
   * returns that node's name (lock owners are "node name/worker") and its locked job ids with their lock expiry.
   */
  private Locks awaitJobsLocked(java.util.Collection<String> jobIds) {
    return await(Duration.ofSeconds(30), "escalation jobs locked by a node", () -> {
      Map<String, Map<String, Instant>> byNode = new LinkedHashMap<>();
      db.sql("SELECT LOCK_OWNER_, ID_, LOCK_EXP_TIME_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL AND ID_ IN (:ids)")
          .param("ids", jobIds)
          .query((rs, row) -> byNode.computeIfAbsent(rs.getString(1).split("/", 2)[0], n -> new LinkedHashMap<>())
              .put(rs.getString(2), rs.getTimestamp(3).toInstant())).list();
      return byNode.entrySet().stream().findFirst().map(e -> new Locks(e.getKey(), e.getValue())).orElse(null);
    }, Duration.ofMillis(5));
  }

  private void awaitJobsDone(java.util.Collection<String> jobIds, Duration timeout) {
    await(timeout, "jobs executed", () -> db.sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE ID_ IN (:ids)")
        .param("ids", jobIds).query(Long.class).single() == 0 ? Boolean.TRUE : null, Duration.ofMillis(200));
  }

  private void assertEscalatedExactlyOnce(List<String> caseNumbers, int level) {
    Map<String, Long> notified = new LinkedHashMap<>();
    db.sql("""
            SELECT case_number, COUNT(*) FROM outbox WHERE kind = 'ESCALATION' AND payload LIKE :level
            GROUP BY case_number""")
        .param("level", "%\"level\":" + level + "%")
        .query((rs, row) -> notified.put(rs.getString(1), rs.getLong(2))).list();
    Map<String, Long> recorded = new LinkedHashMap<>();
    db.sql("""
            SELECT case_number, COUNT(*) FROM case_event WHERE kind = 'ESCALATED' AND detail LIKE :level
            GROUP BY case_number""")
        .param("level", "Level " + level + ":%")
        .query((rs, row) -> recorded.put(rs.getString(1), rs.getLong(2))).list();
    for (String caseNumber : caseNumbers) {
      assertThat(notified.get(caseNumber)).as("level %d notifications of %s", level, caseNumber).isEqualTo(1L);
      assertThat(recorded.get(caseNumber)).as("level %d timeline events of %s", level, caseNumber).isEqualTo(1L);
    }
    assertThat(db.sql("SELECT escalation_level FROM support_case WHERE case_number IN (:n)")
        .param("n", caseNumbers).query(Integer.class).list()).containsOnly(level);
  }

  private static <T> T await(Duration timeout, String what, Supplier<T> probe, Duration every) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      T result = probe.get();
      if (result != null) {
        return result;
      }
      ServerProcess.pause(every);
    }
    throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
  }
}

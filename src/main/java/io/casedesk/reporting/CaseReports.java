package io.casedesk.reporting;

import io.casedesk.complaints.ComplaintStatistics;
import io.casedesk.complaints.ComplaintStats;
import io.casedesk.knowledge.KnowledgeStatistics;
import io.casedesk.knowledge.KnowledgeStats;
import io.casedesk.process.EngineClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes {@link CaseReport}s from the case table and the timelines. Days are UTC days. */
@Service
public class CaseReports {

  private static final Pattern ESCALATION_LEVEL = Pattern.compile("Level (\\d+)");

  private final JdbcClient jdbc;
  private final ComplaintStatistics complaintStatistics;
  private final KnowledgeStatistics knowledgeStatistics;

  public CaseReports(JdbcClient jdbc, ComplaintStatistics complaintStatistics,
      KnowledgeStatistics knowledgeStatistics) {
    this.jdbc = jdbc;
    this.complaintStatistics = complaintStatistics;
    this.knowledgeStatistics = knowledgeStatistics;
  }

  record Row(String caseNumber, String priority, String queue, String status, Instant openedAt,
      Instant firstResponseDue, Instant firstRespondedAt, Instant resolutionDue, Instant resolvedAt,
      Instant closedAt, int reopenCount, Integer surveyScore, long waitingMillis) {}

  @Transactional(readOnly = true)
  public CaseReport report(Instant from, Instant to, String customer, String queue) {
    List<Row> opened = rows("opened_at", from, to, customer, queue);
    List<Row> closed = rows("closed_at", from, to, customer, queue);

    List<Row> responded = opened.stream().filter(r -> r.firstRespondedAt() != null && r.firstResponseDue() != null).toList();
    List<Row> resolved = opened.stream().filter(r -> r.resolvedAt() != null && r.resolutionDue() != null).toList();
    CaseReport.Sla firstResponse = sla(responded, r -> !r.firstRespondedAt().isAfter(r.firstResponseDue()),
        r -> Duration.between(r.openedAt(), r.firstRespondedAt()));
    CaseReport.Sla resolution = sla(resolved, r -> !r.resolvedAt().isAfter(r.resolutionDue()),
        r -> Duration.between(r.openedAt(), r.resolvedAt()).minusMillis(r.waitingMillis()));

    long closedCount = closed.size();
    long reopened = closed.stream().filter(r -> r.reopenCount() > 0).count();
    List<Integer> scores = closed.stream().map(Row::surveyScore).filter(s -> s != null).toList();
    Map<Integer, Long> distribution = new TreeMap<>();
    for (int score = 1; score <= 5; score++) {
      final int s = score;
      distribution.put(score, scores.stream().filter(x -> x == s).count());
    }

    return new CaseReport(from, to, customer, queue,
        counts(opened), withoutContract(from, to, customer, queue), counts(closed), firstResponse, resolution,
        escalationsByLevel(from, to, customer, queue),
        new CaseReport.Reopens(closedCount, reopened, percent(reopened, closedCount)),
        new CaseReport.Satisfaction(scores.size(),
            scores.isEmpty() ? null : scores.stream().mapToInt(Integer::intValue).average().orElse(0), distribution),
        backlog(customer, queue),
        daily(opened, closed, from, to),
        rmas(from, to, customer, queue),
        // complaint days are both included: the report's [from, to) of whole UTC days is [from, to - 1 day]
        complaintStatistics.of(day(from), day(to.minusMillis(1)), customer),
        knowledgeStatistics.of(from, to, customer),
        problems(from, to, customer, queue));
  }

  private CaseReport.Problems problems(Instant from, Instant to, String customer, String queue) {
    var statement = jdbc.sql("""
        SELECT p.problem_number, p.opened_at, p.closed_at, COUNT(*) AS cases
        FROM problem p JOIN problem_case pc ON pc.problem_number = p.problem_number
        JOIN support_case c ON c.case_number = pc.case_number
        WHERE 1 = 1""" + narrowing(customer, queue, "c.") + " GROUP BY p.problem_number, p.opened_at, p.closed_at");
    record ProblemRow(Instant openedAt, Instant closedAt, long cases) {}
    List<ProblemRow> rows = narrowed(statement, customer, queue).query((rs, n) -> new ProblemRow(
        instant(rs.getTimestamp("opened_at")), instant(rs.getTimestamp("closed_at")), rs.getLong("cases"))).list();
    List<Double> casesOfOpened = rows.stream().filter(r -> within(r.openedAt(), from, to))
        .map(r -> (double) r.cases()).toList();
    return new CaseReport.Problems(casesOfOpened.size(), rows.stream().filter(r -> within(r.closedAt(), from, to))
        .count(), rows.stream().filter(r -> r.closedAt() == null).count(), round2(mean(casesOfOpened)));
  }

  private CaseReport.Rmas rmas(Instant from, Instant to, String customer, String queue) {
    Instant now = EngineClock.now();
    Instant cut = now.isBefore(to) ? now : to;
    String sql = """
        SELECT r.status, r.opened_at, r.closed_at, r.return_deadline, r.returned_at
        FROM rma r JOIN support_case c ON c.case_number = r.case_number
        WHERE ((r.opened_at >= :from AND r.opened_at < :to) OR (r.closed_at >= :from AND r.closed_at < :to)
           OR (r.returned_at >= :from AND r.returned_at < :to)
           OR (r.return_deadline < :cut AND (r.returned_at IS NULL OR r.returned_at > :cut)))"""
        + narrowing(customer, queue, "c.");
    var statement = jdbc.sql(sql).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
        .param("cut", Timestamp.from(cut));
    statement = narrowed(statement, customer, queue);
    record RmaRow(String status, Instant openedAt, Instant closedAt, Instant deadline, Instant returnedAt) {}
    List<RmaRow> rows = statement.query((rs, n) -> new RmaRow(rs.getString("status"),
        instant(rs.getTimestamp("opened_at")), instant(rs.getTimestamp("closed_at")),
        instant(rs.getTimestamp("return_deadline")), instant(rs.getTimestamp("returned_at")))).list();
    long opened = rows.stream().filter(r -> within(r.openedAt(), from, to)).count();
    List<Double> hours = rows.stream().filter(r -> "COMPLETED".equals(r.status()) && within(r.closedAt(), from, to))
        .map(r -> Duration.between(r.openedAt(), r.closedAt()).toMillis() / 3_600_000.0).sorted().toList();
    long returnedLate = rows.stream().filter(r -> within(r.returnedAt(), from, to) && r.deadline() != null
        && r.returnedAt().isAfter(r.deadline())).count();
    long overdue = rows.stream().filter(r -> r.deadline() != null && r.deadline().isBefore(cut)
        && (r.returnedAt() == null || r.returnedAt().isAfter(cut))).count();
    return new CaseReport.Rmas(opened, hours.size(), round2(mean(hours)), round2(median(hours)), returnedLate, overdue);
  }

  private static boolean within(Instant at, Instant from, Instant to) {
    return at != null && !at.isBefore(from) && at.isBefore(to);
  }

  /** The conditions that narrow a query of cases to a customer and a queue, where given ({@code alias}: "c." or ""). */
  private static String narrowing(String customer, String queue, String alias) {
    return (customer == null ? "" : " AND " + alias + "company = :customer")
        + (queue == null ? "" : " AND " + alias + "queue = :queue");
  }

  /** Binds the parameters of {@link #narrowing}. */
  private static JdbcClient.StatementSpec narrowed(JdbcClient.StatementSpec statement, String customer, String queue) {
    if (customer != null) {
      statement = statement.param("customer", customer);
    }
    return queue == null ? statement : statement.param("queue", queue);
  }

  private List<Row> rows(String timeColumn, Instant from, Instant to, String customer, String queue) {
    String sql = """
        SELECT case_number, priority, queue, status, opened_at, first_response_due, first_responded_at,
               resolution_due, resolved_at, closed_at, reopen_count, survey_score, waiting_millis
        FROM support_case WHERE %1$s >= :from AND %1$s < :to AND priority IS NOT NULL""".formatted(timeColumn)
        + narrowing(customer, queue, "");
    var statement = jdbc.sql(sql).param("from", Timestamp.from(from)).param("to", Timestamp.from(to));
    statement = narrowed(statement, customer, queue);
    return statement.query((rs, n) -> {
      int score = rs.getInt("survey_score");
      Integer survey = rs.wasNull() ? null : score;
      return new Row(rs.getString("case_number"), rs.getString("priority"), rs.getString("queue"),
          rs.getString("status"), instant(rs.getTimestamp("opened_at")), instant(rs.getTimestamp("first_response_due")),
          instant(rs.getTimestamp("first_responded_at")), instant(rs.getTimestamp("resolution_due")),
          instant(rs.getTimestamp("resolved_at")), instant(rs.getTimestamp("closed_at")), rs.getInt("reopen_count"),
          survey, rs.getLong("waiting_millis"));
    }).list();
  }

  private Map<Integer, Long> escalationsByLevel(Instant from, Instant to, String customer, String queue) {
    String sql = """
        SELECT e.detail FROM case_event e JOIN support_case c ON c.case_number = e.case_number
        WHERE e.kind = 'ESCALATED' AND e.occurred_at >= :from AND e.occurred_at < :to"""
        + narrowing(customer, queue, "c.");
    var statement = jdbc.sql(sql).param("from", Timestamp.from(from)).param("to", Timestamp.from(to));
    statement = narrowed(statement, customer, queue);
    Map<Integer, Long> byLevel = new TreeMap<>(Map.of(1, 0L, 2, 0L, 3, 0L));
    for (String detail : statement.query(String.class).list()) {
      Matcher level = ESCALATION_LEVEL.matcher(detail == null ? "" : detail);
      if (level.lookingAt()) {
        byLevel.merge(Integer.parseInt(level.group(1)), 1L, Long::sum);
      }
    }
    return byLevel;
  }

  /** Cases opened in the period that were never triaged: no valid contract, handed to sales. */
  private long withoutContract(Instant from, Instant to, String customer, String queue) {
    String sql = "SELECT COUNT(*) FROM support_case WHERE opened_at >= :from AND opened_at < :to AND priority IS NULL"
        + narrowing(customer, queue, "");
    var statement = jdbc.sql(sql).param("from", Timestamp.from(from)).param("to", Timestamp.from(to));
    statement = narrowed(statement, customer, queue);
    return statement.query(Long.class).single();
  }

  private Map<String, Long> backlog(String customer, String queue) {
    String sql = "SELECT priority, COUNT(*) FROM support_case WHERE status NOT IN ('CLOSED', 'NO_CONTRACT', 'NEW')"
        + narrowing(customer, queue, "")
        + " GROUP BY priority";
    var statement = jdbc.sql(sql);
    statement = narrowed(statement, customer, queue);
    Map<String, Long> backlog = new TreeMap<>(Map.of("P1", 0L, "P2", 0L, "P3", 0L, "P4", 0L));
    statement.query((rs, n) -> Map.entry(String.valueOf(rs.getString(1)), rs.getLong(2))).list()
        .forEach(e -> backlog.put(e.getKey(), e.getValue()));
    return backlog;
  }

  private static List<CaseReport.Day> daily(List<Row> opened, List<Row> closed, Instant from, Instant to) {
    Map<LocalDate, List<Row>> openedByDay = opened.stream().collect(Collectors.groupingBy(r -> day(r.openedAt())));
    Map<LocalDate, Long> closedByDay = closed.stream().collect(Collectors.groupingBy(r -> day(r.closedAt()),
        Collectors.counting()));
    List<CaseReport.Day> days = new ArrayList<>();
    LocalDate last = day(to.minusMillis(1));
    for (LocalDate d = day(from); !d.isAfter(last) && days.size() < 400; d = d.plusDays(1)) {
      List<Row> rows = openedByDay.getOrDefault(d, List.of());
      List<Row> responded = rows.stream().filter(r -> r.firstRespondedAt() != null && r.firstResponseDue() != null).toList();
      List<Row> resolved = rows.stream().filter(r -> r.resolvedAt() != null && r.resolutionDue() != null).toList();
      days.add(new CaseReport.Day(d, rows.size(), closedByDay.getOrDefault(d, 0L),
          percent(responded.stream().filter(r -> !r.firstRespondedAt().isAfter(r.firstResponseDue())).count(), responded.size()),
          percent(resolved.stream().filter(r -> !r.resolvedAt().isAfter(r.resolutionDue())).count(), resolved.size())));
    }
    return days;
  }

  private static CaseReport.Sla sla(List<Row> measured, java.util.function.Predicate<Row> within,
      Function<Row, Duration> time) {
    long inTime = measured.stream().filter(within).count();
    List<Double> minutes = measured.stream().map(r -> time.apply(r).toMillis() / 60000.0).sorted().toList();
    return new CaseReport.Sla(measured.size(), inTime, percent(inTime, measured.size()), mean(minutes),
        median(minutes));
  }

  private static Double mean(List<Double> values) {
    return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /** The median of sorted values; null for none. */
  private static Double median(List<Double> sorted) {
    return sorted.isEmpty() ? null : sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
  }

  private static Double round2(Double value) {
    return value == null ? null : Math.round(value * 100) / 100.0;
  }

  private static CaseReport.Counts counts(List<Row> rows) {
    Map<String, Long> byPriority = new TreeMap<>(rows.stream().collect(Collectors.groupingBy(Row::priority, Collectors.counting())));
    Map<String, Long> byQueue = new TreeMap<>(rows.stream().collect(Collectors.groupingBy(Row::queue, Collectors.counting())));
    return new CaseReport.Counts(rows.size(), byPriority, byQueue);
  }

  private static Double percent(long part, long whole) {
    return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
  }

  private static Double percentOf(Double share) {
    return share == null ? null : Math.round(share * 1000) / 10.0;
  }

  private static LocalDate day(Instant instant) {
    return instant.atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  /** The report as CSV rows: section, figure, value. */
  public static String csv(CaseReport report) {
    return csvRows(report).toString();
  }

  static ReportCsv csvRows(CaseReport report) {
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put("opened,total", report.opened().total());
    report.opened().byPriority().forEach((k, v) -> rows.put("opened,priority " + k, v));
    report.opened().byQueue().forEach((k, v) -> rows.put("opened,queue " + k, v));
    rows.put("opened,without contract (not in total)", report.openedWithoutContract());
    rows.put("closed,total", report.closed().total());
    report.closed().byPriority().forEach((k, v) -> rows.put("closed,priority " + k, v));
    slaRows(rows, "first response", report.firstResponse());
    slaRows(rows, "resolution", report.resolution());
    report.escalationsByLevel().forEach((k, v) -> rows.put("escalations,level " + k, v));
    rows.put("reopens,reopened", report.reopens().reopened());
    rows.put("reopens,percent", report.reopens().percent());
    rows.put("satisfaction,answers", report.satisfaction().answers());
    rows.put("satisfaction,average", report.satisfaction().average());
    report.satisfaction().distribution().forEach((k, v) -> rows.put("satisfaction,score " + k, v));
    report.backlogByPriority().forEach((k, v) -> rows.put("backlog,priority " + k, v));
    CaseReport.Rmas rmas = report.rmas();
    rows.put("rma,opened", rmas.opened());
    rows.put("rma,completed", rmas.completed());
    rows.put("rma,turnaround mean hours", rmas.turnaroundMeanHours());
    rows.put("rma,turnaround median hours", rmas.turnaroundMedianHours());
    rows.put("rma,returned late", rmas.returnedLate());
    rows.put("rma,returns overdue", rmas.returnsOverdue());
    ComplaintStats complaints = report.complaints();
    rows.put("complaints,received", complaints.received());
    rows.put("complaints,closed", complaints.closed());
    complaints.receivedByClass().forEach((k, v) -> rows.put("complaints,class " + k, v));
    complaints.receivedByDepartment().forEach((k, v) -> rows.put("complaints,department " + k, v));
    rows.put("complaints,answered in time", complaints.answeredInTime().count());
    rows.put("complaints,answered in time percent", percentOf(complaints.answeredInTime().share()));
    rows.put("complaints,escalated", complaints.escalated().count());
    KnowledgeStats knowledge = report.knowledge();
    if (knowledge != null) {
      rows.put("knowledge,articles published", knowledge.articlesPublished());
      rows.put("knowledge,article uses", knowledge.articleUses());
      rows.put("knowledge,helpful for customers", knowledge.helpfulForCustomers());
      rows.put("knowledge,cases solved with an article", knowledge.casesSolvedWithArticle());
    }
    CaseReport.Problems problems = report.problems();
    if (problems != null) { // a monthly report kept before problems were counted has none
      rows.put("problems,opened", problems.opened());
      rows.put("problems,closed", problems.closed());
      rows.put("problems,open now", problems.openNow());
      rows.put("problems,cases per problem", problems.casesPerProblem());
    }
    return csvOf(rows);
  }

  /** The figures' rows, to which a caller may add its own (the monthly report adds its cases). */
  static ReportCsv csvOf(Map<String, Object> rows) {
    ReportCsv csv = new ReportCsv();
    // "section,figure": the section is one of the words above, the figure may be a name with commas
    rows.forEach((key, value) -> csv.add(key.substring(0, key.indexOf(',')), key.substring(key.indexOf(',') + 1),
        value));
    return csv;
  }

  private static void slaRows(Map<String, Object> rows, String name, CaseReport.Sla sla) {
    rows.put(name + ",measured", sla.measured());
    rows.put(name + ",within SLA", sla.withinSla());
    rows.put(name + ",compliance percent", sla.compliancePercent());
    rows.put(name + ",mean minutes", sla.meanMinutes());
    rows.put(name + ",median minutes", sla.medianMinutes());
  }
}

package io.casedesk.complaints;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Computes the complaint figures of a period from the complaint table. */
@Component
public class ComplaintStatistics {

  private final ComplaintRepository complaints;

  public ComplaintStatistics(ComplaintRepository complaints) {
    this.complaints = complaints;
  }

  public ComplaintStats of(LocalDate from, LocalDate to, String company) {
    Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<Complaint> closed = complaints.closedBetween(start, end, company);
    List<Complaint> received = complaints.receivedBetween(start, end, company);
    long escalated = received.stream().filter(c -> c.escalationLevel() > 0).count();

    List<Duration> times = closed.stream().filter(c -> c.answeredAt() != null)
        .map(c -> Duration.between(c.openedAt(), c.answeredAt())).sorted().toList();
    long inTime = closed.stream()
        .filter(c -> c.answeredAt() != null && c.answerDue() != null && !c.answeredAt().isAfter(c.answerDue()))
        .count();
    List<Complaint> calledBack = closed.stream().filter(c -> c.satisfied() != null).toList();
    long satisfied = calledBack.stream().filter(Complaint::satisfied).count();
    List<Integer> scores = calledBack.stream().map(Complaint::satisfactionScore).filter(Objects::nonNull).toList();
    long reopened = closed.stream().filter(c -> c.reopenCount() > 0).count();

    Duration mean = times.isEmpty() ? null
        : Duration.ofMillis(Math.round(times.stream().mapToLong(Duration::toMillis).average().orElseThrow()));
    Duration median = median(times);
    return new ComplaintStats(from, to, company,
        received.size(),
        closed.size(),
        new ComplaintStats.TimeToAnswer(iso(mean), iso(median), hours(mean), hours(median)),
        new ComplaintStats.Share(inTime, share(inTime, closed.size())),
        new ComplaintStats.Satisfaction(calledBack.size(), satisfied, share(satisfied, calledBack.size()),
            scores.isEmpty() ? null : round(scores.stream().mapToInt(Integer::intValue).average().orElseThrow(), 2)),
        new ComplaintStats.Share(reopened, share(reopened, closed.size())),
        countBy(received, Complaint::complaintClass, "unclassified"),
        countBy(received, Complaint::department, "unassigned"),
        new ComplaintStats.Share(escalated, share(escalated, received.size())));
  }

  private static Map<String, Long> countBy(List<Complaint> complaints, Function<Complaint, String> key,
      String none) {
    return new TreeMap<>(complaints.stream()
        .collect(Collectors.groupingBy(c -> Objects.requireNonNullElse(key.apply(c), none), Collectors.counting())));
  }

  private static Duration median(List<Duration> sorted) {
    if (sorted.isEmpty()) {
      return null;
    }
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle)
        : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
  }

  private static String iso(Duration duration) {
    return duration == null ? null : Duration.ofSeconds(duration.toSeconds()).toString();
  }

  private static Double hours(Duration duration) {
    return duration == null ? null : round(duration.toMillis() / 3_600_000.0, 2);
  }

  private static Double share(long count, long of) {
    return of == 0 ? null : round((double) count / of, 4);
  }

  private static double round(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
  }
}

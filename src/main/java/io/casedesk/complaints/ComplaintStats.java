package io.casedesk.complaints;

import java.time.LocalDate;
import java.util.Map;

/**
 * The complaint figures of a period (days in UTC, both included), of one company or of all. {@code received}
 * counts the complaints received in the period; every other figure is over the complaints closed in it. Shares
 * are fractions from 0 to 1; a figure without any complaint to compute it from is null. The complaints received are
 * also counted by class and by department ({@code unclassified}, {@code unassigned} while they have none), and
 * {@code escalated} is how many of them (and which share) reached the department head or management.
 */
public record ComplaintStats(
    LocalDate from,
    LocalDate to,
    String company,
    long received,
    long closed,
    TimeToAnswer timeToAnswer,
    Share answeredInTime,
    Satisfaction satisfaction,
    Share reopened,
    Map<String, Long> receivedByClass,
    Map<String, Long> receivedByDepartment,
    Share escalated) {

  /** From receipt to the first answer: ISO-8601 durations, and the same in hours. */
  public record TimeToAnswer(String mean, String median, Double meanHours, Double medianHours) {}

  /** How many of the complaints (closed, or received for {@code escalated}), and which share of them. */
  public record Share(long count, Double share) {}

  /** The latest call-back of each closed complaint: how many were asked, the share satisfied, the mean score. */
  public record Satisfaction(long calledBack, long satisfied, Double share, Double meanScore) {}
}

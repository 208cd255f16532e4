package io.casedesk.complaints;

import java.time.LocalDate;

/**
 * The complaint figures of a period (days in UTC, both included), of one company or of all. {@code received}
 * counts the complaints received in the period; every other figure is over the complaints closed in it. Shares
 * are fractions from 0 to 1; a figure without any complaint to compute it from is null.
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
    Share reopened) {

  /** From receipt to the first answer: ISO-8601 durations, and the same in hours. */
  public record TimeToAnswer(String mean, String median, Double meanHours, Double medianHours) {}

  /** How many of the closed complaints, and which share of them. */
  public record Share(long count, Double share) {}

  /** The latest call-back of each closed complaint: how many were asked, the share satisfied, the mean score. */
  public record Satisfaction(long calledBack, long satisfied, Double share, Double meanScore) {}
}

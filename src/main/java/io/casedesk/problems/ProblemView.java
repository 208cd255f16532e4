package io.casedesk.problems;

import java.time.Instant;
import java.util.List;

/** A problem as the API shows it to staff and auditors: its record, its cases and its own timeline. */
public record ProblemView(
    String problemNumber,
    ProblemStatus status,
    String title,
    String description,
    String redFlagNumber,
    String openedBy,
    Instant openedAt,
    String rootCause,
    String workaround,
    Instant knownErrorAt,
    String fix,
    Instant fixedAt,
    String closureNote,
    String closedBy,
    Instant closedAt,
    List<ProblemRepository.LinkedCase> cases,
    List<ProblemTimeline.Event> timeline) {

  static ProblemView of(Problem p, List<ProblemRepository.LinkedCase> cases, List<ProblemTimeline.Event> timeline) {
    return new ProblemView(p.number(), p.status(), p.title(), p.description(), p.redFlagNumber(), p.openedBy(),
        p.openedAt(), p.rootCause(), p.workaround(), p.knownErrorAt(), p.fix(), p.fixedAt(), p.closureNote(),
        p.closedBy(), p.closedAt(), cases, timeline);
  }

  /** A line of the problem list. */
  public record Summary(String problemNumber, ProblemStatus status, String title, Instant openedAt,
      Instant knownErrorAt, Instant fixedAt, Instant closedAt, int cases, int openCases) {

    static Summary of(Problem p, List<ProblemRepository.LinkedCase> cases) {
      return new Summary(p.number(), p.status(), p.title(), p.openedAt(), p.knownErrorAt(), p.fixedAt(),
          p.closedAt(), cases.size(), (int) cases.stream().filter(ProblemRepository.LinkedCase::isOpen).count());
    }
  }
}

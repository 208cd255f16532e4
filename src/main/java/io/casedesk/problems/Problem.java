package io.casedesk.problems;

import java.time.Instant;

/** A problem's row ({@code problem}). */
public record Problem(
    String number,
    ProblemStatus status,
    String title,
    String description,
    String redFlagNumber,
    String openedBy,
    Instant openedAt,
    String rootCause,
    Instant rootCauseAt,
    String workaround,
    Instant knownErrorAt,
    String fix,
    Instant fixedAt,
    String closureNote,
    String closedBy,
    Instant closedAt) {}

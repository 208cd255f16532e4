package io.casedesk.web;

/**
 * One entry of the {@code errors} list of a 400 problem: the offending field as a path into the request
 * ({@code company}, {@code systems[0].product}, or a request parameter's name) and what is wrong with it.
 */
public record InvalidField(String field, String message) {}

package io.casedesk.contracts;

/**
 * Whether a contract entitles its company to support for a product at a moment.
 *
 * @param entitled         true when the contract exists, is valid on that day and covers the product
 * @param contractId       the contract asked about
 * @param company          the contract's company; null when there is no such contract
 * @param serviceLevel     {@code gold}, {@code silver} or {@code bronze}; null when there is no such contract
 * @param coverageCalendar {@code 24x7}, {@code 5x24} or {@code 8x5}; null when there is no such contract
 * @param reason           why not, as a short sentence for people ("Contract CT-1 expired on 2026-01-31");
 *                         null when entitled
 */
public record Entitlement(boolean entitled, String contractId, String company, String serviceLevel,
    String coverageCalendar, String reason) {}

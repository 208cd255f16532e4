package io.casedesk.contracts;

/** A system registered under a contract: the product, and optionally its serial number and where it stands. */
public record RegisteredSystem(String product, String serialNumber, String site) {}

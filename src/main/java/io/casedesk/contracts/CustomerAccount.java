package io.casedesk.contracts;

/** A customer user and the company whose contracts (and cases) they see. */
public record CustomerAccount(String userId, String company) {}

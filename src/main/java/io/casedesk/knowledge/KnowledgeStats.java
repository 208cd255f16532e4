package io.casedesk.knowledge;

/**
 * The knowledge base's figures for a period (and a customer): {@code articlesPublished} first published in it
 * (for a customer, the customer-visible ones), {@code articleUses} "This helped" recorded on cases (the customer's),
 * {@code helpfulForCustomers} customers' "This solved my problem" (the customer's users'),
 * {@code casesSolvedWithArticle} cases closed in the period on which an article helped.
 */
public record KnowledgeStats(long articlesPublished, long articleUses, long helpfulForCustomers,
    long casesSolvedWithArticle) {}

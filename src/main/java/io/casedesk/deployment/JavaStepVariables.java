package io.casedesk.deployment;

import java.util.Set;

/**
 * The process variables Casedesk's Java code sets (delegates and listeners with {@code setVariable}, the APIs that
 * start processes with a variables map): what a diagram may read after a form without the form giving it
 * ({@link FormFieldCheck}). The server cannot read its own sources at run time, so the list is written out here;
 * {@code FormCatalogTest} scans {@code src/main/java} for {@code setVariable}/{@code put} of variable names and fails
 * when this list and the sources differ, so a new variable set in Java is added here in the same change.
 */
public final class JavaStepVariables {

  private JavaStepVariables() {}

  public static final Set<String> NAMES = Set.of(
      // knowledge-article (io.casedesk.knowledge): the article's draft and who wrote and reviewed it
      "articleAuthor", "articleId", "articleReviewer", "articleSolution", "articleTitle", "cause", "symptom",
      "visibility",
      "answerDue", "callerAddress", "callerCompany", "callerEmail", "callerName", "callerPhone", "caseEngineer",
      "caseNumber", "category", "channel", "closureOutcome", "complaintClass", "complaintId", "contractCovers",
      "contractId", "customerComment", "description", "dutyManager", "entitled",
      "entitlementReason", "escalationLevel", "fixConfirmed", "goodPartReceivedAt", "handoffId", "handoffReport",
      "impact", "incomingManager", "inspectionNumber", "incomingShift", "issueFromDepot", "issueOutcome",
      "managementDue", "monthlyReportId", "openedBy", "problemNumber", "outgoingManager", "outgoingShift", "priority", "product",
      "productGroup", "redFlagNumber", "relatedCaseNumber", "reopenCount", "reportAccepted",
      "reportDue", "reportMonth", "requestConfirmed", "restored", "restoredBy", "returnDeadline", "reviewedBy", "reviewer",
      "rmaId", "rmaOutcome", "satisfactionNote", "satisfactionScore", "satisfied", "serviceLevel", "shiftNotes",
      "slaElapsedMillis", "slaRunningSince", "stockSummary", "subject", "today",
      "turnoverAt", "urgency", "warrantyEndsOn",
      // change requests (io.casedesk.changes)
      "changeCompleted", "changeId", "chargeable", "customerApproved", "objections", "planAuthor", "reviewComments",
      "title");
}

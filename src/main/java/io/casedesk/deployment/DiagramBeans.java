package io.casedesk.deployment;

import java.util.Set;

/**
 * The Spring beans Casedesk publishes for diagrams: the only beans an analyst's diagram may name, as a delegate or
 * listener ({@code ${registerCase}}) or to call a method on ({@code ${slaClock.dueIn(callBackWithin)}}). Every other
 * bean of the server (the engine's services, repositories, mail, ...) is out of reach of a diagram deployed by
 * someone who is not an administrator ({@link AnalystDeploymentCheck}).
 *
 * <p>The list is what the diagrams in {@code processes/} use; a new delegate is published by adding it here (a test
 * deploys every shipped diagram as an analyst, so a delegate missing from the list fails it).
 */
public final class DiagramBeans {

  private DiagramBeans() {}

  /** Beans whose methods an expression may call (clocks and schedules); they are also valid delegates. */
  public static final Set<String> WITH_METHODS = Set.of(
      "slaClock", "handoffClock", "shiftSchedule", "workingDays", "reportCustomers", "priorities",
      "inspectionCalendar", "inspectedSystems", "expertPanel");

  /** Beans used as delegates and listeners ({@code camunda:delegateExpression}, listener delegate expressions). */
  public static final Set<String> DELEGATES = Set.of(
      // knowledge-article and case-handling's "Offer a knowledge article" (io.casedesk.knowledge)
      "declineArticle", "offerKnowledgeArticle", "publishArticle", "recordArticleReviewer", "rejectArticle",
      "remindArticleReviewers", "sendArticleBack", "submitArticle",
      "alertUnacknowledgedHandoff", "askCustomer", "openCase", "pageDutyManager", "replanDueTimes", "resumeWork", "applyConfirmedPriority", "applySupervisorDecision", "askCustomerToConfirmFix",
      "askCustomerToConfirmRequest", "assessRmaCover", "assignComplaintToDepartment", "assignToCaseEngineer",
      "buildHandoffReport", "cancelRma", "chaseVendor", "checkEntitlement", "chooseReportMonth", "closeCase",
      "closeComplaint", "closeRedFlag", "compileMonthlyReport", "completeRma", "confirmRestoration", "declareRedFlag",
      "emailMonthlyReport", "escalateCase", "escalateComplaint", "escalateOverdueCallBack", "escalateOverdueReport",
      "escalateOverdueReturn", "escalateUnacknowledgedRole", "forgetLastAction", "handComplaintToManagement", "issueSparePart",
      "lookUpSpareStock", "markRmaPending", "phoneOnDutyRole", "proposeSolution", "publishActionPlan",
      "recordAcknowledgement", "recordAssignment", "recordClosureWithoutAnswer", "recordComplaintCallBack",
      "recordComplaintClassification", "recordFaultyPartReturn", "recordHandoffAcknowledgement", "recordPartArrival",
      "recordPriorityConfirmation", "recordRecoveryProgress", "recordReportReview", "recordReturnDeadline",
      "recordRootCauseReport", "recordSalesFollowUp", "recordShiftNotes", "recordSparePartQuote", "recordVendorCase",
      "recordVendorRma", "recordWorkAction", "registerCase", "registerComplaint", "registerRedFlag", "registerRma",
      "rememberDutyManager", "reopenCase", "reopenComplaint", "requestSparePartQuote",
      "resumeAfterRma", "sendClosureReminder", "sendComplaintAnswer",
      "sendComplaintSettlement", "sendRedFlagStatusUpdate", "startFaultyPartReturn",
      // maintenance inspections
      "openInspection", "recordFinding", "openFindingCase", "proposeFindingChange", "escalateInspection", "completeInspection",
      "emailInspectionReport",
      // problem management, io.casedesk.problems
      "recordProblemRootCause", "publishProblemWorkaround", "announceProblemFix", "closeProblem",
      "remindProblemOverdue", "openProblemForRedFlag",
      // change requests (io.casedesk.changes)
      "submitChangePlan", "recordExpertVerdict", "returnChangePlan", "escalateOverdueReview", "withdrawChange",
      "recordPlanApproved", "recordChangeQuote", "askCustomerToApproveChange", "startChangeImplementation",
      "recordChangeImplementation", "sendChangeReport", "closeLinkedCase");

  public static boolean isPublished(String beanName) {
    return WITH_METHODS.contains(beanName) || DELEGATES.contains(beanName);
  }
}

package io.casedesk.maintenance;

/** The process variables of {@code maintenance-inspection} that its steps read and write. */
final class InspectionVariables {

  static final String CONTRACT_ID = "contractId";
  static final String INSPECTION_NUMBER = "inspectionNumber";
  static final String SYSTEM_INDEX = "systemIndex";
  // what the checklist form of one system gives
  static final String HARDWARE_CHECKED = "hardwareChecked";
  static final String LOGS_REVIEWED = "logsReviewed";
  static final String CONFIGURATION_BACKED_UP = "configurationBackedUp";
  static final String CONDITION = "condition";
  static final String SOFTWARE_VERSION = "softwareVersion";
  static final String NOTES = "notes";
  static final String RECOMMENDATION = "recommendation";
  static final String FOLLOW_UP = "followUp";

  private InspectionVariables() {}
}

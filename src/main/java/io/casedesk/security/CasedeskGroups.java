package io.casedesk.security;

import java.util.List;

/** The groups every Casedesk installation has; task candidate groups in the diagrams use these ids. */
public final class CasedeskGroups {

  public static final String ADMINS = "camunda-admin";
  public static final String HOTLINE = "hotline";
  public static final String ENGINEERS = "engineers";
  public static final String SUPERVISORS = "supervisors";
  public static final String MANAGERS = "managers";
  public static final String RMA_DESK = "rma-desk";
  public static final String AUDITORS = "auditors";
  public static final String CUSTOMERS = "customers";
  public static final String ANALYSTS = "analysts";
  /** Account managers: follow up cases that arrive without a valid contract. */
  public static final String SALES = "sales";
  /** Technical users of monitoring systems (Prometheus): read /actuator/prometheus, nothing else. */
  public static final String MONITORING = "monitoring";
  /**
   * Technical users of alerting systems (Prometheus Alertmanager): post health events
   * ({@code POST /api/health-events/alertmanager}), nothing else.
   */
  public static final String ALERTING = "alerting";

  /**
   * The expert group: reviews every plan to change, upgrade or optimise a customer's system (change-request.bpmn).
   * Works its own review tasks in Tasklist and reads change requests; reads no case.
   */
  public static final String EXPERTS = "experts";

  /** Groups whose members work tasks in Tasklist. */
  public static final List<String> AGENTS = List.of(HOTLINE, ENGINEERS, SUPERVISORS, MANAGERS, RMA_DESK, SALES);

  /**
   * Groups whose members read every case (besides administrators): the agents and the auditors. They read every
   * task of every process too ({@link GroupPermissions}), so a task shows them nothing its case does not.
   */
  public static final List<String> CASE_READERS =
      List.of(HOTLINE, ENGINEERS, SUPERVISORS, MANAGERS, RMA_DESK, SALES, AUDITORS);

  public static final List<String> ALL =
      List.of(HOTLINE, ENGINEERS, SUPERVISORS, MANAGERS, RMA_DESK, SALES, AUDITORS, CUSTOMERS, ANALYSTS, MONITORING,
          ALERTING, EXPERTS);

  private CasedeskGroups() {}
}

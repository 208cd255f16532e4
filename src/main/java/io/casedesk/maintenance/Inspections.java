package io.casedesk.maintenance;

import io.casedesk.contracts.Contract;
import io.casedesk.contracts.RegisteredSystem;
import io.casedesk.process.Timestamps;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inspections and their findings: registered once ({@link #open}), every later change a named method, and read
 * back for the API, the report and the e-mail.
 */
@Component("inspections")
public class Inspections {

  private final JdbcClient jdbc;

  public Inspections(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public static String number(String contractId, LocalDate dueOn) {
    return "IN-" + contractId + "-" + dueOn;
  }

  /** Registers the contract's inspection due today; its number names the contract and the day. */
  public String open(Contract contract, LocalDate dueOn) {
    String number = number(contract.id(), dueOn);
    jdbc.sql("""
            INSERT INTO inspection (inspection_number, contract_id, company, due_on, status, started_at)
            VALUES (:number, :contractId, :company, :dueOn, 'OPEN', :now)""")
        .param("number", number).param("contractId", contract.id()).param("company", contract.company())
        .param("dueOn", Date.valueOf(dueOn)).param("now", Timestamps.now())
        .update();
    return number;
  }

  public void recordFinding(String number, int systemIndex, RegisteredSystem system, FindingInput input,
      String inspectedBy) {
    jdbc.sql("""
            INSERT INTO inspection_finding (inspection_number, system_index, product, serial_number, site,
                hardware_checked, logs_reviewed, configuration_backed_up, system_condition, software_version, notes,
                recommendation, follow_up, inspected_by, inspected_at)
            VALUES (:number, :index, :product, :serial, :site, :hardware, :logs, :backup, :condition,
                    :softwareVersion, :notes, :recommendation, :followUp, :by, :now)""")
        .param("hardware", input.hardwareChecked()).param("logs", input.logsReviewed())
        .param("backup", input.configurationBackedUp())
        .param("number", number).param("index", systemIndex).param("product", system.product())
        .param("serial", system.serialNumber()).param("site", system.site()).param("condition", input.condition())
        .param("softwareVersion", input.softwareVersion()).param("notes", input.notes())
        .param("recommendation", input.recommendation()).param("followUp", input.followUp())
        .param("by", inspectedBy).param("now", Timestamps.now())
        .update();
  }

  /** What the inspection checklist of one system gives. */
  public record FindingInput(boolean hardwareChecked, boolean logsReviewed, boolean configurationBackedUp,
      String condition, String softwareVersion, String notes, String recommendation, String followUp) {}

  public void followUpCaseOpened(String number, int systemIndex, String caseNumber) {
    jdbc.sql("UPDATE inspection_finding SET case_number = :caseNumber"
            + " WHERE inspection_number = :number AND system_index = :index")
        .param("caseNumber", caseNumber).param("number", number).param("index", systemIndex).update();
  }

  public void followUpChangeRaised(String number, int systemIndex, String changeId) {
    jdbc.sql("UPDATE inspection_finding SET change_id = :changeId"
            + " WHERE inspection_number = :number AND system_index = :index")
        .param("changeId", changeId).param("number", number).param("index", systemIndex).update();
  }

  public void escalated(String number) {
    jdbc.sql("UPDATE inspection SET escalated_at = :now WHERE inspection_number = :number")
        .param("now", Timestamps.now()).param("number", number).update();
  }

  public void completed(String number) {
    jdbc.sql("UPDATE inspection SET status = 'COMPLETED', completed_at = :now WHERE inspection_number = :number")
        .param("now", Timestamps.now()).param("number", number).update();
  }

  public Optional<Inspection> find(String number) {
    return jdbc.sql("SELECT * FROM inspection WHERE inspection_number = :number").param("number", number)
        .query((rs, row) -> inspection(rs)).optional();
  }

  public Inspection get(String number) {
    return find(number).orElseThrow(() -> new IllegalStateException("No inspection " + number));
  }

  /** The inspections of a company (all companies for null), newest first, at most {@code limit}. */
  public List<Inspection> list(String company, int limit) {
    String where = company == null ? "" : " WHERE company = :company";
    var statement = jdbc.sql("SELECT * FROM inspection" + where + " ORDER BY started_at DESC, inspection_number"
        + " FETCH FIRST " + limit + " ROWS ONLY");
    if (company != null) {
      statement = statement.param("company", company);
    }
    return statement.query((rs, row) -> inspection(rs)).list();
  }

  private Inspection inspection(ResultSet rs) throws SQLException {
    String number = rs.getString("inspection_number");
    return new Inspection(number, rs.getString("contract_id"), rs.getString("company"),
        rs.getObject("due_on", LocalDate.class), rs.getString("status"), instant(rs.getTimestamp("started_at")),
        instant(rs.getTimestamp("escalated_at")), instant(rs.getTimestamp("completed_at")), findings(number));
  }

  private List<Inspection.Finding> findings(String number) {
    return jdbc.sql("SELECT * FROM inspection_finding WHERE inspection_number = :number ORDER BY system_index")
        .param("number", number)
        .query((rs, row) -> new Inspection.Finding(rs.getInt("system_index"), rs.getString("product"),
            rs.getString("serial_number"), rs.getString("site"), rs.getBoolean("hardware_checked"),
            rs.getBoolean("logs_reviewed"), rs.getBoolean("configuration_backed_up"), rs.getString("system_condition"),
            rs.getString("software_version"), rs.getString("notes"), rs.getString("recommendation"),
            rs.getString("follow_up"), rs.getString("case_number"), rs.getString("change_id"), rs.getString("inspected_by"),
            instant(rs.getTimestamp("inspected_at"))))
        .list();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}

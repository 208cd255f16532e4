package io.casedesk.health;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registered systems ({@code contract_system}) alerts may name. An alert names its system by serial number
 * (label {@code casedesk_system}); when the serial number is registered under several contracts (a renewal, say),
 * the label {@code casedesk_contract} chooses one, else the contract valid on the alert's day wins, then the one
 * valid longest.
 */
@Repository
public class MonitoredSystems {

  private record Row(MonitoredSystem system, LocalDate validFrom, LocalDate validTo) {
    boolean validOn(LocalDate day) {
      return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
  }

  private final JdbcClient jdbc;

  public MonitoredSystems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The system with this serial number (ignoring case), of the given contract if one is named. */
  public Optional<MonitoredSystem> find(String serialNumber, String contractId, LocalDate day) {
    List<Row> rows = jdbc.sql("""
            SELECT s.serial_number, s.product, s.site, c.id, c.company, c.valid_from, c.valid_to
            FROM contract_system s JOIN contract c ON c.id = s.contract_id
            WHERE LOWER(s.serial_number) = LOWER(:serial)""")
        .param("serial", serialNumber.strip())
        .query((rs, n) -> new Row(new MonitoredSystem(rs.getString("serial_number"), rs.getString("id"),
            rs.getString("company"), rs.getString("product"), rs.getString("site")),
            rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
        .list();
    return rows.stream()
        .filter(row -> contractId == null || row.system().contractId().equalsIgnoreCase(contractId))
        .max(Comparator.comparing((Row row) -> row.validOn(day)).thenComparing(Row::validTo)
            .thenComparing(row -> row.system().contractId()))
        .map(Row::system);
  }

  /**
   * The systems with a serial number registered under the company's contracts valid on at least one day of the
   * period (both days included), ordered by serial number; a serial number registered twice counts once.
   */
  public List<MonitoredSystem> ofCompany(String company, LocalDate firstDay, LocalDate lastDay) {
    return jdbc.sql("""
            SELECT s.serial_number, s.product, s.site, c.id, c.company
            FROM contract_system s JOIN contract c ON c.id = s.contract_id
            WHERE LOWER(c.company) = LOWER(:company) AND s.serial_number IS NOT NULL
              AND c.valid_from <= :lastDay AND c.valid_to >= :firstDay
            ORDER BY s.serial_number, c.valid_to DESC, c.id""")
        .param("company", company.strip()).param("firstDay", Date.valueOf(firstDay))
        .param("lastDay", Date.valueOf(lastDay))
        .query((rs, n) -> new MonitoredSystem(rs.getString("serial_number"), rs.getString("id"),
            rs.getString("company"), rs.getString("product"), rs.getString("site")))
        .list().stream()
        .collect(Collectors.toMap(s -> s.serialNumber().toLowerCase(Locale.ROOT), s -> s,
            (first, second) -> first, LinkedHashMap::new))
        .values().stream().toList();
  }
}

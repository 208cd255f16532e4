package io.casedesk.contracts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts and their registered systems in the tables {@code contract} and {@code contract_system}.
 *
 * <p>Companies are compared ignoring case and surrounding blanks, here and wherever Casedesk matches a company.
 */
@Repository
public class ContractRepository {

  private static final String COLUMNS =
      "c.id, c.company, c.service_level, c.coverage_calendar, c.valid_from, c.valid_to, c.inspections_per_year";
  private static final String SAME_COMPANY = "LOWER(c.company) = LOWER(:company)";

  private final JdbcClient jdbc;

  public ContractRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Contract> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return query("c.id = :id", Map.of("id", id)).stream().findFirst();
  }

  public boolean exists(String id) {
    return id != null && jdbc.sql("SELECT COUNT(*) FROM contract WHERE id = :id").param("id", id)
        .query(Long.class).single() > 0;
  }

  /** Every contract, ordered by id. */
  public List<Contract> findAll() {
    return query(null, Map.of());
  }

  /** The contracts of a company (ignoring case), ordered by id. */
  public List<Contract> findByCompany(String company) {
    if (company == null || company.isBlank()) {
      return List.of();
    }
    return query(SAME_COMPANY, Map.of("company", company.strip()));
  }

  /** Stores a new contract with its systems; {@link DuplicateKeyException} when the id is taken. */
  @Transactional
  public void insert(Contract contract) throws DuplicateKeyException {
    OffsetDateTime now = now();
    jdbc.sql("""
            INSERT INTO contract (id, company, service_level, coverage_calendar, valid_from, valid_to,
                                  inspections_per_year, created_at, updated_at)
            VALUES (:id, :company, :serviceLevel, :coverageCalendar, :validFrom, :validTo, :inspections, :now, :now)""")
        .param("inspections", contract.inspectionsPerYear())
        .param("id", contract.id())
        .param("company", contract.company().strip())
        .param("serviceLevel", contract.serviceLevel())
        .param("coverageCalendar", contract.coverageCalendar())
        .param("validFrom", contract.validFrom())
        .param("validTo", contract.validTo())
        .param("now", now)
        .update();
    insertSystems(contract);
  }

  /** Replaces everything but the id and the creation time; false when there is no such contract. */
  @Transactional
  public boolean update(Contract contract) {
    int updated = jdbc.sql("""
            UPDATE contract SET company = :company, service_level = :serviceLevel,
                coverage_calendar = :coverageCalendar, valid_from = :validFrom, valid_to = :validTo,
                inspections_per_year = :inspections, updated_at = :now
            WHERE id = :id""")
        .param("inspections", contract.inspectionsPerYear())
        .param("id", contract.id())
        .param("company", contract.company().strip())
        .param("serviceLevel", contract.serviceLevel())
        .param("coverageCalendar", contract.coverageCalendar())
        .param("validFrom", contract.validFrom())
        .param("validTo", contract.validTo())
        .param("now", now())
        .update();
    if (updated == 0) {
      return false;
    }
    jdbc.sql("DELETE FROM contract_system WHERE contract_id = :id").param("id", contract.id()).update();
    insertSystems(contract);
    return true;
  }

  private void insertSystems(Contract contract) {
    for (RegisteredSystem system : contract.systems()) {
      jdbc.sql("""
              INSERT INTO contract_system (contract_id, product, serial_number, site)
              VALUES (:contractId, :product, :serialNumber, :site)""")
          .param("contractId", contract.id())
          .param("product", system.product().strip())
          .param("serialNumber", system.serialNumber())
          .param("site", system.site())
          .update();
    }
  }

  /** Contracts matching the condition on {@code c}, with their systems, ordered by id. */
  private List<Contract> query(String where, Map<String, ?> params) {
    String filter = where == null ? "" : " WHERE " + where;
    Map<String, Row> rows = new LinkedHashMap<>();
    jdbc.sql("SELECT " + COLUMNS + " FROM contract c" + filter + " ORDER BY c.id")
        .params(params)
        .query((rs, n) -> row(rs))
        .list()
        .forEach(row -> rows.put(row.id(), row));
    if (rows.isEmpty()) {
      return List.of();
    }
    jdbc.sql("SELECT s.contract_id, s.product, s.serial_number, s.site FROM contract_system s"
            + " JOIN contract c ON c.id = s.contract_id" + filter + " ORDER BY s.contract_id, s.id")
        .params(params)
        .query((rs, n) -> Map.entry(rs.getString("contract_id"),
            new RegisteredSystem(rs.getString("product"), rs.getString("serial_number"), rs.getString("site"))))
        .list()
        .forEach(entry -> {
          Row row = rows.get(entry.getKey());
          if (row != null) {
            row.systems().add(entry.getValue());
          }
        });
    return rows.values().stream().map(Row::toContract).toList();
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getString("id"), rs.getString("company"), rs.getString("service_level"),
        rs.getString("coverage_calendar"), rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class), new ArrayList<>(), rs.getInt("inspections_per_year"));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private record Row(String id, String company, String serviceLevel, String coverageCalendar,
      LocalDate validFrom, LocalDate validTo, List<RegisteredSystem> systems, int inspectionsPerYear) {

    Contract toContract() {
      return new Contract(id, company, serviceLevel, coverageCalendar, validFrom, validTo, systems,
          inspectionsPerYear);
    }
  }
}

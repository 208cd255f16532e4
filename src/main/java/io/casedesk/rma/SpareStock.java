package io.casedesk.rma;

import io.casedesk.process.EngineClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Spare parts per depot and part number (table {@code spare_stock}). */
@Repository
public class SpareStock {

  private final JdbcClient jdbc;

  public SpareStock(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stock line: how many of a part a depot holds. */
  public record Line(String depot, String partNumber, String description, int quantity, String updatedBy,
      Instant updatedAt) {}

  /** Stock lines, by part number then depot; either filter may be null. */
  public List<Line> search(String partNumber, String depot) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (partNumber != null) {
      where.append(" AND part_number = :part");
      params.put("part", partNumber);
    }
    if (depot != null) {
      where.append(" AND depot = :depot");
      params.put("depot", depot);
    }
    return jdbc.sql("SELECT * FROM spare_stock" + where + " ORDER BY part_number, depot")
        .params(params).query(SpareStock::map).list();
  }

  public Optional<Line> find(String depot, String partNumber) {
    return search(partNumber, depot).stream().findFirst();
  }

  /** The depots that hold the part, most stock first. */
  public List<Line> inStock(String partNumber) {
    return jdbc.sql("SELECT * FROM spare_stock WHERE part_number = :part AND quantity > 0 ORDER BY quantity DESC, depot")
        .param("part", partNumber).query(SpareStock::map).list();
  }

  /**
   * Creates a stock line; false when the depot already has a line for the part. Not transactional on purpose: on
   * PostgreSQL a failed insert would abort the caller's transaction.
   */
  public boolean create(Line line) {
    try {
      jdbc.sql("""
          INSERT INTO spare_stock (depot, part_number, description, quantity, updated_by, updated_at)
          VALUES (:depot, :part, :description, :quantity, :by, :at)""")
          .params(params(line))
          .update();
      return true;
    } catch (DuplicateKeyException exists) {
      return false;
    }
  }

  /** Sets the quantity (and description, when given) of a stock line, creating it if needed; true when created. */
  public boolean set(Line line) {
    if (update(line)) {
      return false;
    }
    if (create(line)) {
      return true;
    }
    update(line); // created meanwhile by another request: set it
    return false;
  }

  private boolean update(Line line) {
    String description = line.description() == null ? "" : "description = :description, ";
    return jdbc.sql("UPDATE spare_stock SET quantity = :quantity, " + description
            + "updated_by = :by, updated_at = :at WHERE depot = :depot AND part_number = :part")
        .params(params(line))
        .update() == 1;
  }

  /**
   * Takes one part off the depot's shelf. The conditional update never takes the quantity below zero, also when
   * several RMAs issue the last part at once: the database lets one of them win.
   *
   * @return false when the depot has none left (or no such line)
   */
  public boolean issue(String depot, String partNumber, String by) {
    return jdbc.sql("""
        UPDATE spare_stock SET quantity = quantity - 1, updated_by = :by, updated_at = :at
        WHERE depot = :depot AND part_number = :part AND quantity > 0""")
        .param("depot", depot)
        .param("part", partNumber)
        .param("by", by)
        .param("at", Timestamp.from(EngineClock.now()))
        .update() == 1;
  }

  private static Map<String, Object> params(Line line) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("depot", line.depot());
    params.put("part", line.partNumber());
    params.put("description", line.description());
    params.put("quantity", line.quantity());
    params.put("by", line.updatedBy());
    params.put("at", Timestamp.from(EngineClock.now()));
    return params;
  }

  private static Line map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Line(rs.getString("depot"), rs.getString("part_number"), rs.getString("description"),
        rs.getInt("quantity"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
  }
}

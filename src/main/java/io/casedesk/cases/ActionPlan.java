package io.casedesk.cases;

import io.casedesk.process.EngineClock;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The duty manager's action plan of a case: items, each with an owner, shown to the customer. */
@Component
public class ActionPlan {

  private final JdbcClient jdbc;

  public ActionPlan(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Item(String action, String owner) {}

  /** "owner: action"; the space after the colon keeps times such as 12:00 out of it. */
  private static final Pattern OWNED_ITEM = Pattern.compile("([^:]{1,200}):\\s+(.+)");

  /**
   * Reads the plan as the form takes it: one item per line, {@code owner: action}. A line without an owner
   * is owned by the duty manager who wrote it.
   */
  public static List<Item> parse(String text, String author) {
    List<Item> items = new ArrayList<>();
    for (String line : text == null ? new String[0] : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      Matcher owned = OWNED_ITEM.matcher(trimmed);
      if (owned.matches()) {
        items.add(new Item(owned.group(2).strip(), owned.group(1).strip()));
      } else {
        items.add(new Item(trimmed, author));
      }
    }
    return items;
  }

  public void add(String caseNumber, List<Item> items, String author) {
    int next = jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM action_plan_item WHERE case_number = :n")
        .param("n", caseNumber).query(Integer.class).single();
    for (Item item : items) {
      jdbc.sql("""
          INSERT INTO action_plan_item (case_number, position, action, owner, created_by, created_at)
          VALUES (:n, :position, :action, :owner, :author, :at)""")
          .param("n", caseNumber).param("position", ++next).param("action", item.action())
          .param("owner", item.owner()).param("author", author).param("at", Timestamp.from(EngineClock.now()))
          .update();
    }
  }

  public List<Item> of(String caseNumber) {
    return jdbc.sql("SELECT action, owner FROM action_plan_item WHERE case_number = :n ORDER BY position")
        .param("n", caseNumber)
        .query((rs, row) -> new Item(rs.getString("action"), rs.getString("owner")))
        .list();
  }
}

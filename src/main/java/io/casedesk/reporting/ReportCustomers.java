package io.casedesk.reporting;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who gets a monthly report: every company with a contract valid on at least one day of the month (so a contract
 * that ended on its last day still gets that month's report), and the contacts registered on those contracts.
 * The diagram reads {@code ${reportCustomers.of(reportMonth)}} as the collection of its multi-instance.
 */
@Component("reportCustomers")
public class ReportCustomers {

  private final JdbcClient jdbc;

  public ReportCustomers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The companies to report to for a month such as {@code 2026-11}, in alphabetical order. */
  public List<String> of(String month) {
    YearMonth m = YearMonth.parse(month);
    return jdbc.sql("SELECT DISTINCT company FROM contract WHERE valid_from <= :last AND valid_to >= :first"
            + " ORDER BY company")
        .param("first", Date.valueOf(m.atDay(1))).param("last", Date.valueOf(m.atEndOfMonth()))
        .query(String.class).list();
  }

  /** The e-mail addresses registered on the company's contracts valid in the month, each once. */
  public List<String> contacts(String company, String month) {
    YearMonth m = YearMonth.parse(month);
    return jdbc.sql("""
            SELECT DISTINCT cc.email FROM contract_contact cc JOIN contract c ON c.id = cc.contract_id
            WHERE c.company = :company AND c.valid_from <= :last AND c.valid_to >= :first ORDER BY cc.email""")
        .param("company", company).param("first", Date.valueOf(m.atDay(1)))
        .param("last", Date.valueOf(m.atEndOfMonth()))
        .query(String.class).list();
  }
}

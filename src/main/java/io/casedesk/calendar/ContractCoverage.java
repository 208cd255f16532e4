package io.casedesk.calendar;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar facts of a contract: which calendar, in which time zone, with which holidays and weekends. */
@Repository
public class ContractCoverage {

  private final JdbcClient jdbc;

  public ContractCoverage(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Coverage(String calendar, String timeZone, String holidayRegion, boolean weekendCover) {}

  public Optional<Coverage> of(String contractId) {
    return jdbc.sql("""
        SELECT coverage_calendar, time_zone, holiday_region, weekend_cover FROM contract WHERE id = :id""")
        .param("id", contractId)
        .query((rs, row) -> new Coverage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
        .optional();
  }

  /** Returns false when there is no such contract. */
  public boolean update(String contractId, Coverage coverage) {
    return jdbc.sql("""
        UPDATE contract SET coverage_calendar = :calendar, time_zone = :zone, holiday_region = :region,
            weekend_cover = :weekend WHERE id = :id""")
        .param("calendar", coverage.calendar()).param("zone", coverage.timeZone())
        .param("region", coverage.holidayRegion()).param("weekend", coverage.weekendCover())
        .param("id", contractId)
        .update() == 1;
  }
}

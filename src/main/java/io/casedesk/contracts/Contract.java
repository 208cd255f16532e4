package io.casedesk.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * A service contract of a company.
 *
 * @param id               e.g. {@code CT-1001}
 * @param serviceLevel     {@code gold}, {@code silver} or {@code bronze}
 * @param coverageCalendar {@code 24x7}, {@code 5x24} or {@code 8x5}
 * @param validFrom        first day covered (UTC dates)
 * @param validTo          last day covered, inclusive
 * @param systems          the systems covered; none means every product of the company is covered
 * @param inspectionsPerYear how many maintenance inspections of the registered systems a year includes (0 to 12;
 *                         which months, decision table {@code inspection-schedule})
 */
public record Contract(String id, String company, String serviceLevel, String coverageCalendar,
    LocalDate validFrom, LocalDate validTo, List<RegisteredSystem> systems, int inspectionsPerYear) {

  public static final String DEFAULT_COVERAGE_CALENDAR = "24x7";

  public Contract {
    coverageCalendar = coverageCalendar == null ? DEFAULT_COVERAGE_CALENDAR : coverageCalendar;
    systems = systems == null ? List.of() : List.copyOf(systems);
  }

  /** A contract that includes no inspections. */
  public Contract(String id, String company, String serviceLevel, String coverageCalendar, LocalDate validFrom,
      LocalDate validTo, List<RegisteredSystem> systems) {
    this(id, company, serviceLevel, coverageCalendar, validFrom, validTo, systems, 0);
  }

  /** Whether the contract covers the product: it registers no systems, or one of them is that product. */
  public boolean covers(String product) {
    if (systems.isEmpty()) {
      return true;
    }
    if (product == null || product.isBlank()) {
      return false;
    }
    String wanted = product.strip();
    return systems.stream().anyMatch(system -> system.product().strip().equalsIgnoreCase(wanted));
  }
}

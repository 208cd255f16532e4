package io.casedesk.health;

import java.math.BigDecimal;

/**
 * How available one of a customer's systems was in a period: the time its alerts that count as downtime
 * (decision table health-event-priority) fired, overlapping alerts counted once.
 *
 * @param downtimeMinutes the downtime, every started minute counted
 * @param availabilityPercent the share of the period without downtime, cut (never rounded up) to three decimals, so
 *     that any downtime shows below 100
 * @param outages how many separate stretches of downtime touched the period
 */
public record SystemAvailability(String product, String serialNumber, String site, long downtimeMinutes,
    BigDecimal availabilityPercent, int outages) {}

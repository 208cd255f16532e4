/**
 * Health events: alerts that monitoring (Prometheus Alertmanager's webhook) posts about the customers' registered
 * systems. The first firing of an alert opens a case through the case service, its repeats and its resolved notice
 * go on that case's timeline, and the firing times give the customers' monthly availability
 * ({@link io.casedesk.health.Availability}, read by the monthly report).
 */
package io.casedesk.health;

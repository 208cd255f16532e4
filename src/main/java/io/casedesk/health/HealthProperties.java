package io.casedesk.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How health events are taken in ({@code casedesk.health.*}).
 *
 * @param retryWindow a firing notice that repeats one taken less than this long before is Alertmanager retrying a
 *     delivery (or a second Alertmanager of a cluster sending the same): it changes nothing. Later, it is a repeat
 *     and goes on the case's timeline. Alertmanager retries within its route's {@code group_interval} (5 minutes by
 *     default) and repeats after {@code repeat_interval} (4 hours): keep this at the route's {@code group_interval}.
 */
@ConfigurationProperties("casedesk.health")
public record HealthProperties(@DefaultValue("5m") Duration retryWindow) {}

package io.casedesk.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.casedesk.process.EngineClock;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection for passwords, per (client address, user id): after {@code casedesk.login.max-failures}
 * wrong passwords in a row from one address as one user, that address may not try that user for a while, growing
 * with each further failure; the right password resets the pair. Nobody else is affected: the same user logs in from
 * any other address, and the same address logs in as any other user. It replaces the engine's per-user login delay,
 * with which one wrong password from anyone locked the user everywhere ({@link ThrottledIdentityProvider}).
 *
 * <p>The client address is the request's remote address, which is the proxy's unless the server is told to trust
 * the proxy's {@code X-Forwarded-For} ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}). The memory is per node and
 * in memory: a restart forgets it, and with n nodes behind a load balancer an address gets up to n times the failures.
 * Time is the engine's clock, so tests move it with {@code ClockUtil}.
 */
@Component
public class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  private record Pair(String address, String userId) {}

  private static final class Failures {
    int count;
    Instant last;
    Instant lockedUntil;
  }

  private final LoginThrottleProperties properties;
  private final Cache<Pair, Failures> failures;

  public LoginThrottle(LoginThrottleProperties properties) {
    this.properties = properties;
    this.failures = Caffeine.newBuilder()
        .maximumSize(properties.trackedPairs())
        // in real time, only to bound memory; the locks themselves are reckoned on the engine clock
        .expireAfterAccess(properties.forgetAfter().plus(properties.maxLock()))
        .build();
  }

  /** How long the address must wait before it may try a password for the user again; empty: it may now. */
  public Optional<Duration> waitFor(String address, String userId) {
    Failures entry = failures.getIfPresent(pair(address, userId));
    if (entry == null) {
      return Optional.empty();
    }
    synchronized (entry) {
      Instant now = EngineClock.now();
      if (entry.lockedUntil == null || !now.isBefore(entry.lockedUntil)) {
        return Optional.empty();
      }
      Duration wait = Duration.between(now, entry.lockedUntil);
      // the engine clock may have been set back: never more than the longest lock
      return Optional.of(wait.compareTo(properties.maxLock()) > 0 ? properties.maxLock() : wait);
    }
  }

  /** A wrong password (or an unknown user) from the address. */
  public void failed(String address, String userId) {
    Failures entry = failures.get(pair(address, userId), p -> new Failures());
    synchronized (entry) {
      Instant now = EngineClock.now();
      if (entry.last != null && now.isAfter(entry.last.plus(properties.forgetAfter()))) {
        entry.count = 0;
      }
      entry.count++;
      entry.last = now;
      Duration lock = properties.lockAfter(entry.count);
      if (!lock.isZero()) {
        entry.lockedUntil = now.plus(lock);
        log.warn("{} failed logins in a row as '{}' from {}: that address may not try that user for {}",
            entry.count, printable(userId), address, lock);
      }
    }
  }

  /** The right password: the pair starts afresh. */
  public void succeeded(String address, String userId) {
    failures.invalidate(pair(address, userId));
  }

  /** The client of the HTTP request this thread serves, set by {@link LoginThrottleResponses#clientOfRequest}. */
  private static final ThreadLocal<Client> CLIENT = new ThreadLocal<>();

  /** The client of a request: its address, and the users whose failed password this request has counted. */
  public static final class Client {

    private final String address;
    private final Set<String> failedAs = new HashSet<>();

    Client(String address) {
      this.address = address;
    }

    public String address() {
      return address;
    }

    /** Whether this is the request's first failure as the user (the rest are the same attempt, asked again). */
    boolean firstFailureAs(String userId) {
      return failedAs.add(userId == null ? "" : userId.toLowerCase(Locale.ROOT));
    }

    /** Whether this request has already been refused a password as the user. */
    public boolean failedAs(String userId) {
      return failedAs.contains(userId == null ? "" : userId.toLowerCase(Locale.ROOT));
    }
  }

  /** The client of the HTTP request this thread serves; empty outside of one (start-up, jobs). */
  public static Optional<Client> currentClient() {
    return Optional.ofNullable(CLIENT.get());
  }

  public static Optional<String> currentClientAddress() {
    return currentClient().map(Client::address);
  }

  /** Runs the rest of the request with its client known to the password checks. */
  static void asClientOf(HttpServletRequest request, IoRunnable rest) throws java.io.IOException,
      jakarta.servlet.ServletException {
    Client previous = CLIENT.get();
    CLIENT.set(new Client(clientAddress(request)));
    try {
      rest.run();
    } finally {
      if (previous == null) {
        CLIENT.remove();
      } else {
        CLIENT.set(previous);
      }
    }
  }

  interface IoRunnable {
    void run() throws java.io.IOException, jakarta.servlet.ServletException;
  }

  public static String clientAddress(HttpServletRequest request) {
    return request.getRemoteAddr();
  }

  /** Whole seconds, rounded up, for {@code Retry-After} and messages. */
  public static long seconds(Duration wait) {
    long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }

  public static String message(Duration wait) {
    long seconds = seconds(wait);
    String when = seconds < 120 ? seconds + " seconds" : ((seconds + 59) / 60) + " minutes";
    return "Too many failed logins for this user from your address. Try again in " + when + ".";
  }

  /**
   * User ids are compared in lower case and cut at 128 characters (engine user ids have 64 at most): a client sending
   * made-up ids of kilobytes cannot make the remembered pairs take much memory.
   */
  private static Pair pair(String address, String userId) {
    String user = userId == null ? "" : userId.toLowerCase(Locale.ROOT);
    return new Pair(address == null ? "" : address, user.length() > MAX_USER_ID ? user.substring(0, MAX_USER_ID) : user);
  }

  private static final int MAX_USER_ID = 128;

  /** For the log: a user id as sent, without line breaks or other control characters, and not too long. */
  private static String printable(String userId) {
    String id = userId == null ? "" : userId.replaceAll("\\p{Cntrl}", "?");
    return id.length() > MAX_USER_ID ? id.substring(0, MAX_USER_ID) + "..." : id;
  }
}

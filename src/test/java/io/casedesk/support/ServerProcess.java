package io.casedesk.support;

import io.casedesk.CasedeskApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Casedesk server in a JVM of its own, started from the test classpath the way an operator starts a node:
 * {@code java -cp ... io.casedesk.CasedeskApplication --server.port=... --spring.profiles.active=postgres,demo}
 * against the given PostgreSQL database. Its output goes to {@code target/servers/<name>.log}.
 */
public final class ServerProcess implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private ServerProcess(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /**
   * Starts a node and returns at once; {@link #awaitUp} waits for it. {@code properties} become
   * {@code --key=value} arguments after the defaults, so they override them ({@code spring.profiles.active}
   * replaces the default {@code postgres,demo}).
   */
  public static ServerProcess start(String name, int port, String jdbcUrl, List<String> jvmOptions,
      Map<String, String> properties) {
    return start(name, port, jdbcUrl, jvmOptions, properties, classPath(), null);
  }

  /**
   * As {@link #start(String, int, String, List, Map)}, from another build's classes ({@code classPath}, e.g. an
   * older commit's {@code target/classes}, {@code target/test-classes} and dependencies) in the working directory
   * {@code directory} (null: this one).
   */
  public static ServerProcess start(String name, int port, String jdbcUrl, List<String> jvmOptions,
      Map<String, String> properties, String classPath, Path directory) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(CasedeskApplication.class.getName());
    command.add("--server.port=" + port);
    if (!properties.containsKey("spring.profiles.active")) {
      command.add("--spring.profiles.active=postgres,demo");
    }
    command.add("--spring.datasource.url=" + jdbcUrl);
    command.add("--spring.datasource.username=" + PostgresTestDatabase.user());
    command.add("--spring.datasource.password=");
    command.add("--casedesk.node-name=" + name);
    properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    try {
      Path log = Path.of("target", "servers", name + ".log").toAbsolutePath();
      Files.createDirectories(log.getParent());
      Process process = new ProcessBuilder(command)
          .directory(directory == null ? null : directory.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .start();
      return new ServerProcess(name, port, log, process);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start node " + name, e);
    }
  }

  /** The test classpath without empty entries: one would put the working directory (with processes/) on it. */
  private static String classPath() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return java.util.Arrays.stream(classPath.split(java.io.File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the node's health endpoint says UP; fails with the end of its log if it dies or takes too long. */
  public ServerProcess awaitUp(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Node " + name + " exited with " + process.exitValue() + ":\n" + logTail());
      }
      try {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          return this;
        }
      } catch (IOException notListeningYet) {
        // keep polling
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause(Duration.ofMillis(250));
    }
    throw new IllegalStateException("Node " + name + " not up after " + timeout + ":\n" + logTail());
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** SIGKILL: the node gets no chance to finish or unlock anything. */
  public void kill() {
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(30));
  }

  /** SIGTERM, then SIGKILL if it does not stop in time. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!waitFor(Duration.ofSeconds(30))) {
      kill();
    }
  }

  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** For polling loops that have a deadline; never a fixed wait for an outcome. */
  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

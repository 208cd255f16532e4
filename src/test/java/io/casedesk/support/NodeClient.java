package io.casedesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTP calls to Casedesk nodes in other processes: as a user with HTTP basic (the API, the engine REST), or as a
 * browser that keeps its cookies (the webapps' session and CSRF token), whichever node answers.
 */
public final class NodeClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String basicAuth;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private Duration timeout = Duration.ofSeconds(30);

  private NodeClient(String basicAuth) {
    this.basicAuth = basicAuth;
  }

  public static NodeClient as(String user, String password) {
    return new NodeClient("Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** A browser: no credentials but the cookies it collects. */
  public static NodeClient browser() {
    return new NodeClient(null);
  }

  /**
   * A browser logged into a webapp ({@code tasklist}, {@code cockpit}, ...) of the server at {@code server}, as a
   * person does: the page loads (storing no session), the app asks who is logged in (which starts the session and
   * sets the CSRF cookie), the login form posts with its token, and the app's next call gives the new session its
   * own token. It sends that token with every request from then on.
   */
  public static NodeClient loggedIntoWebapp(String server, String app, String user, String password) {
    NodeClient browser = browser().withCsrfHeader(true);
    expectOk(browser.get(server + "/camunda/app/" + app + "/default/"), "the " + app + " page");
    browser.get(server + "/camunda/api/admin/auth/user/default"); // 404: nobody yet
    expectOk(browser.postForm(server + "/camunda/api/admin/auth/user/default/login/" + app,
        Map.of("username", user, "password", password)), "the login of " + user);
    expectOk(browser.get(server + "/camunda/api/admin/auth/user/default"), "the session of " + user);
    return browser;
  }

  private static void expectOk(Response response, String what) {
    if (response.status() != 200) {
      throw new AssertionError(what + " answered " + response);
    }
  }

  public Response get(String url) {
    return send(request(url).GET());
  }

  public Response postJson(String url, Object body) {
    return send(request(url).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Response putJson(String url, Object body) {
    return send(request(url).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Response postForm(String url, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A multipart form with one file part, as a browser's file field sends it. */
  public Response postFile(String url, String part, String fileName, String contentType, byte[] content) {
    String boundary = "----casedesk" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return send(request(url).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** For calls that run long, such as the benchmark's bulk load. */
  public NodeClient withTimeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  public Response delete(String url) {
    return send(request(url).DELETE());
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  /**
   * Sends what the webapps' CSRF filter expects from a browser, from now on: the token of the XSRF-TOKEN cookie
   * in the X-XSRF-TOKEN header, and the page's origin.
   */
  public NodeClient withCsrfHeader(boolean on) {
    this.csrf = on;
    return this;
  }

  private boolean csrf;
  private final Map<String, String> headers = new LinkedHashMap<>();

  /** Sends the header with every request from now on (null: no longer), as a page's script does. */
  public NodeClient withHeader(String name, String value) {
    if (value == null) {
      headers.remove(name);
    } else {
      headers.put(name, value);
    }
    return this;
  }

  private HttpRequest.Builder request(String url) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
        .header("Accept", "application/json");
    if (basicAuth != null) {
      builder.header("Authorization", basicAuth);
    }
    if (!cookies.isEmpty()) {
      builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; ")));
    }
    headers.forEach(builder::header);
    if (csrf && cookies.containsKey("XSRF-TOKEN")) {
      builder.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    if (csrf) {
      // a browser names the origin of the page; the webapps' CSRF filter wants it to be the server's own
      URI uri = URI.create(url);
      builder.header("Origin", uri.getScheme() + "://" + uri.getAuthority());
    }
    return builder;
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      for (String setCookie : response.headers().allValues("Set-Cookie")) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
          cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
      }
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String json(Object body) {
    try {
      return body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public record Response(int status, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + (body.length() > 500 ? body.substring(0, 500) + "..." : body);
    }
  }
}

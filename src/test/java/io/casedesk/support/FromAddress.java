package io.casedesk.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An HTTP/1.1 client whose connections come from a loopback address of its choice (127.0.0.2, 127.0.0.3, ...: on
 * Linux the whole 127.0.0.0/8 is the loopback), so the server sees clients at different addresses without trusting
 * any forwarded header. Keeps cookies like a browser and, once it has the webapps' XSRF-TOKEN cookie, sends it back
 * as X-XSRF-TOKEN with the page's Origin.
 */
public final class FromAddress {

  private final String address;
  private final int port;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public FromAddress(String address, int port) {
    this.address = address;
    this.port = port;
  }

  public Response get(String path, String user, String password) {
    return send("GET", path, basic(user, password), null, null);
  }

  public Response get(String path) {
    return send("GET", path, null, null, null);
  }

  public Response postForm(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send("POST", path, null, "application/x-www-form-urlencoded", body);
  }

  /** Logs into a webapp as its login page does: the page first (for the CSRF cookie), then the form. */
  public Response webappLogin(String app, String user, String password) {
    if (!cookies.containsKey("XSRF-TOKEN")) {
      // as the webapps do: the page, then "who is logged in?", which starts the session holding the CSRF token
      get("/camunda/app/" + app + "/default/");
      get("/camunda/api/admin/auth/user/default");
    }
    return postForm("/camunda/api/admin/auth/user/default/login/" + app, Map.of("username", user, "password", password));
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private Response send(String method, String path, String authorization, String contentType, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n")
        .append("Host: 127.0.0.1:").append(port).append("\r\n")
        .append("Accept: application/json\r\n")
        .append("Connection: close\r\n");
    if (authorization != null) {
      head.append("Authorization: ").append(authorization).append("\r\n");
    }
    if (!cookies.isEmpty()) {
      head.append("Cookie: ").append(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; "))).append("\r\n");
    }
    if (cookies.containsKey("XSRF-TOKEN")) {
      head.append("X-XSRF-TOKEN: ").append(cookies.get("XSRF-TOKEN")).append("\r\n")
          .append("Origin: http://127.0.0.1:").append(port).append("\r\n");
    }
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    if (!method.equals("GET")) {
      head.append("Content-Length: ").append(content.length).append("\r\n");
    }
    head.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(address, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(30000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("HTTP call from " + address + " failed: " + e, e);
    }
  }

  private Response parse(byte[] raw) throws IOException {
    String all = new String(raw, StandardCharsets.ISO_8859_1);
    int end = all.indexOf("\r\n\r\n");
    String[] lines = all.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    for (String setCookie : headers.getOrDefault("set-cookie", List.of())) {
      String pair = setCookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
      body = unchunk(body);
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = new java.io.ByteArrayInputStream(chunked);
    while (true) {
      StringBuilder size = new StringBuilder();
      for (int c = in.read(); c != '\n' && c != -1; c = in.read()) {
        if (c != '\r') {
          size.append((char) c);
        }
      }
      int length = size.isEmpty() ? 0 : Integer.parseInt(size.toString().split(";")[0].trim(), 16);
      if (length == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(length));
      in.readNBytes(2);
    }
  }

  public record Response(int status, Map<String, List<String>> headers, String body) {

    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
      return status + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }
  }
}

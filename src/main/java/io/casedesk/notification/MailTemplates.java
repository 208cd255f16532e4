package io.casedesk.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notification as an e-mail: subject, text part and HTML part, from the Thymeleaf templates in
 * {@code mail/templates/} ({@code <kind>.txt} and {@code <kind>.html}, e.g. {@code closure-request.html}) and the
 * wording in {@code mail/messages*.properties} (English, German). A kind without templates of its own is
 * rendered by {@code generic.*}, which lists the notification's data. The subject starts with the case number
 * in brackets, e.g. {@code [CS-2026-000042]}: replies carry it back.
 */
@Component
public class MailTemplates {

  static final String PREFIX = "mail/templates/";
  static final String GENERIC = "generic";
  private static final Set<String> NOT_DETAILS = Set.of("caseNumber", "customerName", "language", "inReplyTo");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  public record RenderedMail(String subject, String text, String html) {}

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

  public MailTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(PREFIX);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
    resolver.setTextTemplateModePatterns(Set.of("*.txt"));
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    messages.setBasename("mail/messages");
    messages.setDefaultEncoding("UTF-8");
    // a language without its own wording gets English, whatever the server's locale
    messages.setFallbackToSystemLocale(false);
    engine.setTemplateResolver(resolver);
    engine.setTemplateEngineMessageSource(messages);
  }

  /** The template name of a kind: {@code CLOSURE_REQUEST} -> {@code closure-request}. */
  public static String templateName(NotificationKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the kind has text and HTML templates of its own (else {@code generic} renders it). */
  public boolean hasOwnTemplate(NotificationKind kind) {
    ClassLoader loader = MailTemplates.class.getClassLoader();
    String name = PREFIX + templateName(kind);
    return loader.getResource(name + ".txt") != null && loader.getResource(name + ".html") != null;
  }

  /**
   * @param data     the notification's data; {@code subject}, {@code customerName} and the like fill the text
   * @param language e.g. {@code de}; anything without wording of its own gets English
   */
  public RenderedMail render(NotificationKind kind, String caseNumber, Map<String, Object> data, String language,
      String publicUrl) {
    Locale locale = language == null || language.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(language);
    String template = hasOwnTemplate(kind) ? templateName(kind) : GENERIC;
    Map<String, Object> variables = new LinkedHashMap<>();
    data.forEach((key, value) -> variables.put(key, readable(value)));
    variables.put("caseNumber", caseNumber);
    variables.put("kindName", humanize(kind.name()));
    variables.put("publicUrl", stripSlash(publicUrl));
    variables.put("details", details(data));
    Context context = new Context(locale, variables);

    String subjectText = GENERIC.equals(template)
        ? messages.getMessage("subject.generic", new Object[] {humanize(kind.name()), text(data.get("subject"))}, locale)
        : messages.getMessage("subject." + template, new Object[] {text(data.get("subject"))}, locale);
    String subject = (caseNumber == null ? "" : "[" + caseNumber + "] ") + subjectText.strip();
    return new RenderedMail(subject, engine.process(template + ".txt", context).strip() + "\n",
        engine.process(template + ".html", context));
  }

  private static Map<String, Object> details(Map<String, Object> data) {
    Map<String, Object> details = new LinkedHashMap<>();
    data.forEach((key, value) -> {
      if (!NOT_DETAILS.contains(key) && value != null && !value.toString().isBlank()) {
        details.put(humanize(key), readable(value));
      }
    });
    return details;
  }

  /** ISO instants as people read them; everything else as it is. */
  private static Object readable(Object value) {
    if (value instanceof String s && s.length() >= 20 && s.endsWith("Z") && s.charAt(4) == '-') {
      try {
        return TIME.format(Instant.parse(s));
      } catch (DateTimeParseException notAnInstant) {
        return s;
      }
    }
    return value;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  /** {@code vendorCaseNumber} or {@code RMA_UPDATE} -> "Vendor case number", "Rma update". */
  static String humanize(String name) {
    String spaced = name.contains("_") ? name.toLowerCase(Locale.ROOT).replace('_', ' ')
        : name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  private static String stripSlash(String url) {
    return url == null ? "" : url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}

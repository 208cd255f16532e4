package io.casedesk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of what the API writes for people: English, or German when the request asks for it with
 * {@code Accept-Language: de} (the customer portal sends the language its reader chose). The words are in
 * {@code messages.properties} and {@code messages_de.properties}; bean validation's own messages (Hibernate
 * Validator's) follow the same locale. Anything else asked for, or nothing, gets English, whatever the server's
 * own locale: a text without German words stays English.
 */
@Configuration(proxyBeanMethods = false)
public class ApiLanguage {

  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

  /** The application context's message source (its bean name makes it so); bean validation reads it too. */
  @Bean
  public MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  /** The request's language from Accept-Language, among English and German; English by default. */
  @Bean
  public LocaleResolver localeResolver() {
    return RESOLVER;
  }

  /**
   * The language of the request being answered (Spring MVC's locale, from {@link #localeResolver}); English outside
   * a request (a process step, a test), whatever the server's own locale.
   */
  public static Locale current() {
    LocaleContext context = LocaleContextHolder.getLocaleContext();
    Locale locale = context == null ? null : context.getLocale();
    return locale == null ? Locale.ENGLISH : locale;
  }

  /** The request's language, for what answers before Spring MVC does (the portal's login in a filter). */
  public static Locale of(HttpServletRequest request) {
    return RESOLVER.resolveLocale(request);
  }

  private static final AcceptHeaderLocaleResolver RESOLVER = new AcceptHeaderLocaleResolver();

  static {
    RESOLVER.setSupportedLocales(SUPPORTED);
    RESOLVER.setDefaultLocale(Locale.ENGLISH);
  }
}

package fr.parcours.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mails from the Thymeleaf templates of {@code templates/notification/mail/} (an HTML and a plain text
 * version of each) with the app's message bundles, in the person's language. Its own template engine: the web's
 * stays as Spring Boot configures it.
 */
@Component
class MailComposer {

    /** Parcours' people work in metropolitan France: dates in mails are Paris dates. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final String PREFIX = "templates/notification/mail/";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    MailComposer(MessageSource messages) {
        this.messages = messages;
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    /**
     * A mail from template {@code name} ({@code name.html}, {@code name.txt}) and the subject of message
     * {@code subjectKey}; arguments that users typed are cleaned of line breaks.
     */
    RenderedMail render(String name, Locale locale, String subjectKey, Object[] subjectArguments,
                        Map<String, Object> variables) {
        Object[] cleaned = new Object[subjectArguments.length];
        for (int i = 0; i < subjectArguments.length; i++) {
            cleaned[i] = subjectArguments[i] instanceof String text ? MailHeaders.oneLine(text) : subjectArguments[i];
        }
        String subject = MailHeaders.subject(messages.getMessage(subjectKey, cleaned, locale));
        Context context = new Context(locale, variables);
        context.setVariable("subject", subject);
        return new RenderedMail(subject, engine.process(name + ".txt", context), engine.process(name + ".html", context));
    }

    /** A date as people read it in this language, in Paris time. */
    static String date(Instant instant, Locale locale) {
        return instant == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZONE).format(instant);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(PREFIX);
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCacheable(true);
        return resolver;
    }
}

package fr.parcours.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/** French first; {@code ?lang=en} switches to English and a cookie remembers it (no server-side state). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("parcours-lang");
        resolver.setDefaultLocale(Locale.FRENCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageChoice());
    }

    /** {@code ?lang=fr} or {@code ?lang=en} switches the language; any other value is ignored. */
    static final class LanguageChoice implements HandlerInterceptor {

        private static final Map<String, Locale> SUPPORTED = Map.of("fr", Locale.FRENCH, "en", Locale.ENGLISH);

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Locale chosen = SUPPORTED.get(String.valueOf(request.getParameter("lang")).toLowerCase(Locale.ROOT));
            LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
            if (chosen != null && resolver != null) {
                resolver.setLocale(request, response, chosen);
            }
            return true;
        }
    }
}

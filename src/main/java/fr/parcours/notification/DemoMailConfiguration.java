package fr.parcours.notification;

import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * Demo mode (and tests, which run in it) sends mails to {@link DemoMailServer} inside the app; the outbox page
 * shows them. Outside demo mode Spring Boot's mail configuration ({@code spring.mail.*}) takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoMailConfiguration.DemoMode.class)
class DemoMailConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    DemoMailServer demoMailServer(@Value("${parcours.notification.demo-smtp-port:0}") int port) {
        return new DemoMailServer(port);
    }

    @Bean
    JavaMailSender demoMailSender(DemoMailServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(DemoMailServer.HOST);
        sender.setPort(server.port());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.writetimeout", "5000");
        return sender;
    }

    /** The rule of identity's StartupMode: no {@code prod} profile and no external database. */
    static class DemoMode implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().acceptsProfiles(Profiles.of("prod"))
                    && !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}

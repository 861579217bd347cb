package fr.parcours.system;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Due dates of user tasks from configurable defaults ({@code parcours.due-days.<step>}), used in BPMN as
 * {@code camunda:dueDate="${dueDates.forStep('intake')}"}.
 */
@Component("dueDates")
public class DueDates {

    private final DueDaysProperties properties;
    private final Clock clock;

    DueDates(DueDaysProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public Date forStep(String step) {
        Integer days = properties.dueDays().get(step);
        if (days == null) {
            throw new IllegalArgumentException("No parcours.due-days." + step + " configured");
        }
        return Date.from(clock.instant().plus(Duration.ofDays(days)));
    }

    @ConfigurationProperties("parcours")
    record DueDaysProperties(Map<String, Integer> dueDays) {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DueDaysProperties.class)
    static class DueDaysConfiguration {
    }
}

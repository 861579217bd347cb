package fr.parcours.reporting.demo;

import fr.parcours.identity.StartupMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, after the demo organisations: a year of finished accompaniments in 06 and 59 ({@link PastYearDemo}).
 * Off with {@code parcours.demo.past-year=false} (the tests switch it off and seed their own departments).
 */
@Component
@Order(6)
class PastYearDemoData implements ApplicationRunner {

    private final StartupMode mode;
    private final PastYearDemo demo;
    private final boolean enabled;

    PastYearDemoData(StartupMode mode, PastYearDemo demo, @Value("${parcours.demo.past-year:true}") boolean enabled) {
        this.mode = mode;
        this.demo = demo;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mode.isDemo() && enabled) {
            demo.seedOnce();
        }
    }
}

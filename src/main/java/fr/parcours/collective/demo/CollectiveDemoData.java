package fr.parcours.collective.demo;

import fr.parcours.identity.StartupMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, after the demo organisations and users: the Hauts-de-France collective DLA of the seed, mid-way
 * (see {@link HautsDeFranceDemo}). Off with {@code parcours.demo.collective-dla=false} (the tests switch it off:
 * its region-32 cases and tasks would mingle with theirs).
 */
@Component
@Order(4)
class CollectiveDemoData implements ApplicationRunner {

    private final StartupMode mode;
    private final HautsDeFranceDemo demo;
    private final boolean enabled;

    CollectiveDemoData(StartupMode mode, HautsDeFranceDemo demo,
                       @Value("${parcours.demo.collective-dla:true}") boolean enabled) {
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

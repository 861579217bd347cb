package fr.parcours.dla.demo;

import fr.parcours.identity.StartupMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, after the demo organisations and users: PAJE's individual DLA in progress ({@link PajeDemo}).
 * Off with {@code parcours.demo.paje-dla=false} (the tests switch it off; its own test seeds it).
 */
@Component
@Order(5)
class PajeDemoData implements ApplicationRunner {

    private final StartupMode mode;
    private final PajeDemo demo;
    private final boolean enabled;

    PajeDemoData(StartupMode mode, PajeDemo demo, @Value("${parcours.demo.paje-dla:true}") boolean enabled) {
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

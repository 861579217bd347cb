package fr.parcours.council.demo;

import fr.parcours.council.CouncilRepository;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.StartupMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, after the Paris councils: the life of the council karim.haddad facilitates (see
 * {@link CouncilLife}). Off with {@code parcours.demo.council-life=false} (the tests switch it off: their journey
 * starts that council's first cycle itself).
 */
@Component
@Order(5)
class CouncilLifeDemoData implements ApplicationRunner {

    /** The council {@code CouncilDemoData} assigns to the demo facilitator. */
    static final String COUNCIL = "Conseil citoyen Paris 18e";

    private final StartupMode mode;
    private final CouncilRepository councils;
    private final CouncilLife life;
    private final boolean enabled;

    CouncilLifeDemoData(StartupMode mode, CouncilRepository councils, CouncilLife life,
                        @Value("${parcours.demo.council-life:true}") boolean enabled) {
        this.mode = mode;
        this.councils = councils;
        this.life = life;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mode.isDemo() && enabled) {
            councils.findByName(COUNCIL).ifPresent(council -> life.seedOnce(council.getId(), DemoUsers.FACILITATOR_PARIS));
        }
    }
}

package fr.parcours;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(ParcoursApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}

package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.identity.StartupMode;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

class DemoLocalhostOnlyTests {

    @Test
    void theDemoListensOnThisMachineOnly() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        MockEnvironment demo = new MockEnvironment();
        new DemoLocalhostOnly(new StartupMode(demo), demo).customize(factory);
        assertThat(factory.getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
    }

    @Test
    void anAddressGivenExplicitlyWins() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        MockEnvironment demo = new MockEnvironment().withProperty("server.address", "0.0.0.0");
        new DemoLocalhostOnly(new StartupMode(demo), demo).customize(factory);
        assertThat(factory.getAddress()).isNull();
    }

    @Test
    void outsideTheDemoNothingChanges() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        MockEnvironment production = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/parcours")
                .withProperty("parcours.admin.username", "premier.admin")
                .withProperty("parcours.admin.password", "une longue phrase secrète");
        new DemoLocalhostOnly(new StartupMode(production), production).customize(factory);
        assertThat(factory.getAddress()).isNull();
    }
}

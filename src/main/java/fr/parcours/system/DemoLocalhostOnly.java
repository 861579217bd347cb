package fr.parcours.system;

import fr.parcours.identity.StartupMode;
import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Demo mode has well-known passwords: it listens on this machine only, unless {@code server.address} (SERVER_ADDRESS)
 * names an address explicitly, for example 0.0.0.0 to show the demo on a network one trusts.
 */
@Component
class DemoLocalhostOnly implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {

    private static final Logger log = LoggerFactory.getLogger(DemoLocalhostOnly.class);

    private final StartupMode mode;
    private final Environment environment;

    DemoLocalhostOnly(StartupMode mode, Environment environment) {
        this.mode = mode;
        this.environment = environment;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (mode.isDemo() && !StringUtils.hasText(environment.getProperty("server.address"))) {
            factory.setAddress(InetAddress.getLoopbackAddress());
            log.info("Demo mode: listening on {} only (set SERVER_ADDRESS to listen elsewhere)",
                    InetAddress.getLoopbackAddress().getHostAddress());
        }
    }
}

package fr.parcours.audit.chain;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the app into a one-shot command when started with {@code --parcours.audit.verify} or
 * {@code --parcours.audit.purge}: no web server, no job executor, so it can run beside the serving nodes
 * on the same database.
 */
public class AuditCommandEnvironment implements EnvironmentPostProcessor {

    static final String COMMAND = "parcours.audit.command";
    static final String VERIFY = "verify";
    static final String PURGE = "purge";
    private static final String CAMUNDA_REST =
            "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String command = switchedOn(environment, PURGE) ? PURGE : switchedOn(environment, VERIFY) ? VERIFY : null;
        if (command != null) {
            environment.getPropertySources().addFirst(new MapPropertySource("audit-command", Map.of(
                    COMMAND, command,
                    "spring.main.web-application-type", "none",
                    "camunda.bpm.job-execution.enabled", "false",
                    // Camunda's REST starter insists on a servlet container even when there is none to serve.
                    "spring.autoconfigure.exclude", CAMUNDA_REST)));
        }
    }

    private static boolean switchedOn(ConfigurableEnvironment environment, String name) {
        String value = environment.getProperty("parcours.audit." + name);
        return value != null && !"false".equalsIgnoreCase(value);
    }
}

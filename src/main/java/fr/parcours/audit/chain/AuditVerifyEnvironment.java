package fr.parcours.audit.chain;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the app into a one-shot command when started with {@code --parcours.audit.verify}: no web
 * server, no job executor, so it can run beside the serving nodes on the same database.
 */
public class AuditVerifyEnvironment implements EnvironmentPostProcessor {

    public static final String SWITCH = "parcours.audit.verify";
    private static final String CAMUNDA_REST =
            "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String value = environment.getProperty(SWITCH);
        if (value != null && !"false".equalsIgnoreCase(value)) {
            environment.getPropertySources().addFirst(new MapPropertySource("audit-verify-command", Map.of(
                    "spring.main.web-application-type", "none",
                    "camunda.bpm.job-execution.enabled", "false",
                    // Camunda's REST starter insists on a servlet container even when there is none to serve.
                    "spring.autoconfigure.exclude", CAMUNDA_REST)));
        }
    }
}

package fr.parcours.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context most tests share: the whole app on its embedded PostgreSQL, MockMvc, and
 * process coverage recording. Tests sharing it share one database: create your own data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
// Metrics export on, as in production: /actuator/prometheus is tested on this context (OperationsEndpointsTests).
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, TestProcesses.class})
public @interface ParcoursIntegrationTest {
}

package fr.parcours.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link ParcoursIntegrationTest} without the process coverage recording, for benchmarks (run apart, with
 * -Pbenchmark): that test tool adds an engine call to every activity the engine enters, which a running app
 * never makes, and it weighs on each side of a comparison in proportion to the activities it passes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestProcesses.class)
public @interface BenchmarkTest {
}

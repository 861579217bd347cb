package fr.parcours.support;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Test-only delegates, used by test BPMN files under src/test/resources/test-processes. */
@TestConfiguration(proxyBeanMethods = false)
public class TestProcesses {

    public static final String FAILURE_MESSAGE = "Failure injected by a test";

    /** Fails on purpose, after earlier steps of the same transaction have written their rows. */
    @Bean
    JavaDelegate failingTestDelegate() {
        return execution -> {
            throw new IllegalStateException(FAILURE_MESSAGE);
        };
    }
}

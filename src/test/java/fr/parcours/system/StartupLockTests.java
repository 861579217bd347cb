package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.support.ParcoursIntegrationTest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two nodes starting on one database: the second waits for the first to be ready before it sets anything up. */
@ParcoursIntegrationTest
class StartupLockTests {

    @Autowired
    DataSource dataSource;

    @Test
    void aSecondNodeWaitsUntilTheFirstIsReady() throws Exception {
        StartupLock first = new StartupLock(dataSource);
        StartupLock second = new StartupLock(dataSource);
        first.acquire();
        try {
            CompletableFuture<Void> secondStarts = CompletableFuture.runAsync(second::acquire);

            Thread.sleep(500);
            assertThat(secondStarts).as("waiting for the first node").isNotDone();
            first.release();
            assertThat(secondStarts).succeedsWithin(Duration.ofSeconds(10));
        } finally {
            first.release();
            second.release();
        }
    }
}

package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.parcours.support.ParcoursIntegrationTest;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every request thread and every job thread can hold a connection at once, with the job acquisition and the
 * scheduler beside them: otherwise, under load, requests and jobs wait for each other's connections until the pool's
 * timeout. Read from the running configuration, so that changing one number without the others fails here.
 */
@ParcoursIntegrationTest
class ConnectionSizingTests {

    /** The job executor's acquisition thread and Spring's scheduler (outbox poller, session cleanup). */
    private static final int BACKGROUND_THREADS = 2;

    @Autowired
    DataSource dataSource;
    @Autowired
    ServerProperties server;
    @Autowired
    CamundaBpmProperties camunda;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePoolHoldsAConnectionForEveryRequestThreadAndEveryJobThread() throws Exception {
        int pool = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        int requestThreads = server.getTomcat().getThreads().getMax();
        JobExecutionProperty jobs = camunda.getJobExecution();

        assertThat(requestThreads).as("request threads set explicitly, not Tomcat's 200").isLessThan(200);
        assertThat(jobs.getCorePoolSize()).isLessThanOrEqualTo(jobs.getMaxPoolSize());
        assertThat(jobs.getQueueCapacity()).isPositive();
        assertThat(jobs.getBackoffTimeInMillis()).as("backoff on").isPositive();
        assertThat(pool).isGreaterThanOrEqualTo(requestThreads + jobs.getMaxPoolSize() + BACKGROUND_THREADS);
    }

    @Test
    void theEmbeddedDatabaseTakesTwoNodesConnections() throws Exception {
        int pool = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        int maxConnections = Integer.parseInt(jdbc.queryForObject("show max_connections", String.class));
        int reserved = Integer.parseInt(jdbc.queryForObject("show superuser_reserved_connections", String.class));

        assertThat(maxConnections).isEqualTo(EmbeddedPostgresConfiguration.MAX_CONNECTIONS);
        assertThat(maxConnections - reserved)
                .isGreaterThanOrEqualTo(2 * (pool + EmbeddedPostgresConfiguration.OWNER_POOL_SIZE));
    }
}

package fr.parcours.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes of a cluster that start together on one database set it up one after the other: the engine creates its
 * tables (it checks, then creates), deploys the processes, and the startup runners create the groups, the engine
 * authorizations and the first administrator (each checks, then inserts). A PostgreSQL advisory lock, taken on a
 * connection of its own before the engine is built and released once the app is ready, makes each node see what
 * the one before it created. A node that dies while holding it loses its connection, and the lock with it.
 */
@Component
class StartupLock extends AbstractCamundaConfiguration implements DisposableBean {

    /** Key of the advisory lock ("PARCSTRT"). */
    static final long KEY = 0x5041524353545254L;
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection holder;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        acquire();
    }

    synchronized void acquire() {
        if (holder != null) {
            return;
        }
        try {
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                // A node stuck in its own start must not hold the others back for ever.
                statement.execute("set lock_timeout = '10min'");
                long started = System.nanoTime();
                statement.execute("select pg_advisory_lock(" + KEY + ")");
                long waitedMillis = (System.nanoTime() - started) / 1_000_000;
                if (waitedMillis > 1000) {
                    log.info("Waited {} ms for another node to finish setting up the database", waitedMillis);
                }
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            holder = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the startup lock", e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void release() {
        if (holder == null) {
            return;
        }
        try (Connection connection = holder; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEY + ")");
            statement.execute("reset lock_timeout");
        } catch (SQLException e) {
            log.warn("Could not release the startup lock; it goes with its connection", e);
        } finally {
            holder = null;
        }
    }

    @Override
    public void destroy() {
        release();
    }
}

package fr.parcours.collective.dashboard;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the statements the current thread sends to PostgreSQL, whoever sends them (JPA, JdbcTemplate, the engine's
 * MyBatis, Spring Security): it listens to the JDBC driver's own protocol log ("FE=> Execute"), so a whole MockMvc
 * request can be counted without touching the shared DataSource. Transaction control (BEGIN, COMMIT) counts too;
 * the pool's liveness checks (an empty query) do not, as they depend on timing.
 */
final class SentStatements implements AutoCloseable {

    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    private final Thread thread = Thread.currentThread();
    private final AtomicInteger count = new AtomicInteger();
    private final Level previousLevel = DRIVER.getLevel();
    private final boolean previousUseParents = DRIVER.getUseParentHandlers();
    private boolean emptyQuery;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (Thread.currentThread() != thread || record.getMessage() == null) {
                return;
            }
            if (record.getMessage().startsWith(" FE=> Parse(")) {
                emptyQuery = record.getMessage().contains("query=\"\"");
            } else if (record.getMessage().startsWith(" FE=> Execute(")) {
                if (!emptyQuery) {
                    count.incrementAndGet();
                }
                emptyQuery = false;
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private SentStatements() {
        handler.setLevel(Level.ALL);
        DRIVER.addHandler(handler);
        DRIVER.setUseParentHandlers(false);
        DRIVER.setLevel(Level.FINEST);
    }

    /** Starts counting on this thread; close to stop. */
    static SentStatements count() {
        return new SentStatements();
    }

    int sent() {
        return count.get();
    }

    @Override
    public void close() {
        DRIVER.setLevel(previousLevel);
        DRIVER.setUseParentHandlers(previousUseParents);
        DRIVER.removeHandler(handler);
    }
}

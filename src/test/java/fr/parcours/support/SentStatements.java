package fr.parcours.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the statements the current thread sends to PostgreSQL, whoever sends them (JPA, JdbcTemplate, the engine's
 * MyBatis, Spring Security): it listens to the JDBC driver's own protocol log ("FE=> Execute"), so a whole MockMvc
 * request can be counted without touching the shared DataSource. Transaction control (BEGIN, COMMIT) counts too;
 * the pool's liveness checks (an empty query) do not, as they depend on timing. The texts of the statements parsed
 * are kept too, to see which ones a count is made of (a statement the driver has already prepared on its connection
 * is executed again without its text: it shows as "(prepared)").
 */
public final class SentStatements implements AutoCloseable {

    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    private final Thread thread = Thread.currentThread();
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicInteger syncs = new AtomicInteger();
    private final Level previousLevel = DRIVER.getLevel();
    private final boolean previousUseParents = DRIVER.getUseParentHandlers();
    private final List<String> texts = Collections.synchronizedList(new ArrayList<>());
    private boolean emptyQuery;
    private final Map<String, String> parsed = new HashMap<>();
    private String bound;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (Thread.currentThread() != thread || record.getMessage() == null) {
                return;
            }
            String message = record.getMessage();
            if (message.startsWith(" FE=> Parse(")) {
                int query = message.indexOf(",query=\"");
                parsed.put(message.substring(" FE=> Parse(stmt=".length(), Math.max(query, 17)),
                        query < 0 ? message : message.substring(query + 8, Math.max(query + 8,
                                message.lastIndexOf("\",oids="))));
            } else if (message.startsWith(" FE=> Bind(")) {
                int end = message.indexOf(',');
                bound = message.substring(" FE=> Bind(stmt=".length(), Math.max(end, 16));
            } else if (message.startsWith(" FE=> Sync")) {
                syncs.incrementAndGet();
            } else if (message.startsWith(" FE=> Execute(")) {
                String text = parsed.getOrDefault(bound, "(prepared)");
                if (!text.isEmpty()) {
                    count.incrementAndGet();
                    texts.add(text);
                }
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
    public static SentStatements count() {
        return new SentStatements();
    }

    public int sent() {
        return count.get();
    }

    /**
     * The round trips so far: the driver ends each exchange with the server by a Sync message (a batch of
     * statements, or a statement with the BEGIN the driver sends ahead of it, is one round trip).
     */
    public int roundTrips() {
        return syncs.get();
    }

    /** The statements sent so far, in order: their text when it was parsed for them, else "(prepared)". */
    public List<String> texts() {
        synchronized (texts) {
            return List.copyOf(texts);
        }
    }

    @Override
    public void close() {
        DRIVER.setLevel(previousLevel);
        DRIVER.setUseParentHandlers(previousUseParents);
        DRIVER.removeHandler(handler);
    }
}

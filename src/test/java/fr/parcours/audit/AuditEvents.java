package fr.parcours.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes audit records the way features do (events in a transaction) on test cases of their own. */
@Component
public class AuditEvents {

    public static final String TEST_CASE = "AUDIT-TEST";
    private static final AtomicLong CASES = new AtomicLong(System.nanoTime());

    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    AuditEvents(ApplicationEventPublisher publisher, TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.publisher = publisher;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    public long newCase() {
        return CASES.incrementAndGet();
    }

    /** Publishes the given actions on one case, in one transaction. */
    public void record(long caseId, String... actions) {
        transactions.executeWithoutResult(status -> {
            for (String action : actions) {
                publisher.publishEvent(new CaseEvent(TEST_CASE, caseId, action, "test.auditor", Instant.now(),
                        "détails « " + action + " » ✓"));
            }
        });
    }

    /** The case's rows in chain order: id, seq, prev_hash, hash and the hashed fields. */
    public List<Map<String, Object>> rows(long caseId) {
        return jdbc.queryForList("select * from audit_record where case_type = ? and case_id = ? order by seq",
                TEST_CASE, caseId);
    }
}

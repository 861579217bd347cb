package fr.parcours.support;

import fr.parcours.audit.AuditTrail;
import fr.parcours.audit.chain.AuditHash;
import fr.parcours.audit.chain.AuditKey;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk audit rows for search, export and volume tests, appended to the real hash chain (under the app's
 * append lock, keyed like AuditTrail's records) so that the shared chain stays intact for every other test.
 */
@Component
public class AuditRows {

    private static final int PAGE = 5000;
    private static final String INSERT = "insert into audit_record (seq, occurred_at, actor, case_type, case_id, "
            + "action, details, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditKey key;

    AuditRows(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditKey key) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.key = key;
    }

    private record Staged(long ord, OffsetDateTime occurredAt, String actor, String caseType, long caseId,
                          String action, String details) {
    }

    /**
     * Appends, in their order, the rows of {@code select}, which yields the columns
     * {@code occurred_at, actor, case_type, case_id, action, details}.
     */
    public void append(String select, Object... args) {
        transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("select 1 from pg_advisory_xact_lock(?)", Integer.class, AuditTrail.APPEND_LOCK);
            jdbc.execute("drop table if exists audit_rows_staging");
            jdbc.update("create temporary table audit_rows_staging on commit drop as "
                    + "select row_number() over () as ord, s.* from (" + select + ") s", args);
            long seq = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_record", Long.class);
            String prev = seq == 0 ? AuditHash.GENESIS
                    : jdbc.queryForObject("select hash from audit_record where seq = ?", String.class, seq);
            long ord = 0;
            List<Staged> page;
            do {
                // Explicit types: the staging table differs between calls, a pooled connection's cached plan must not.
                page = jdbc.query("select ord, occurred_at::timestamptz as occurred_at, actor::text as actor, "
                        + "case_type::text as case_type, case_id::bigint as case_id, action::text as action, "
                        + "details::text as details from audit_rows_staging where ord > ? order by ord limit " + PAGE,
                        (row, n) -> new Staged(row.getLong("ord"), row.getObject("occurred_at", OffsetDateTime.class),
                                row.getString("actor"), row.getString("case_type"), row.getLong("case_id"),
                                row.getString("action"), row.getString("details")), ord);
                List<Object[]> batch = new ArrayList<>(page.size());
                for (Staged row : page) {
                    seq++;
                    String hash = AuditHash.keyed(key, seq, row.occurredAt().toInstant(), row.actor(), row.caseType(),
                            row.caseId(), row.action(), row.details(), prev);
                    batch.add(new Object[] {seq, row.occurredAt(), row.actor(), row.caseType(), row.caseId(),
                            row.action(), row.details(), prev, hash});
                    prev = hash;
                    ord = row.ord();
                }
                jdbc.batchUpdate(INSERT, batch);
            } while (page.size() == PAGE);
        });
    }
}

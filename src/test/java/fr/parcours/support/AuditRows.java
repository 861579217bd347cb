package fr.parcours.support;

import fr.parcours.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk audit rows for search, export and volume tests, appended to the real hash chain (under the app's
 * append lock) so that the shared chain stays intact for every other test.
 */
@Component
public class AuditRows {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    AuditRows(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
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
            jdbc.execute("""
                    do $$
                    declare
                        r    record;
                        n    bigint;
                        prev text;
                    begin
                        select coalesce(max(seq), 0) into n from audit_record;
                        select coalesce((select hash from audit_record where seq = n), repeat('0', 64)) into prev;
                        for r in select * from audit_rows_staging order by ord loop
                            n := n + 1;
                            insert into audit_record (seq, occurred_at, actor, case_type, case_id, action, details,
                                                      prev_hash, hash)
                            values (n, r.occurred_at, r.actor, r.case_type, r.case_id, r.action, r.details, prev,
                                    audit_record_hash(n, r.occurred_at, r.actor, r.case_type, r.case_id, r.action,
                                                      r.details, prev))
                            returning hash into prev;
                        end loop;
                    end $$""");
        });
    }
}

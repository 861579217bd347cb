package fr.parcours.audit.chain;

import fr.parcours.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the retention period: removes the records past it as one prefix of the chain and records an
 * anchor (position and hash of the last removed record) where verification then starts. Run only by an
 * administrator's command, never on a schedule.
 */
@Service
public class AuditPurge {

    /** What a purge did; {@code refused} holds the break when a broken chain stopped it. */
    public record Outcome(long removed, long anchorSeq, ChainReport refused) {
    }

    private final JdbcTemplate jdbc;
    private final AuditChainVerifier verifier;
    private final Clock clock;

    AuditPurge(JdbcTemplate jdbc, AuditChainVerifier verifier, Clock clock) {
        this.jdbc = jdbc;
        this.verifier = verifier;
        this.clock = clock;
    }

    /**
     * Removes the records that occurred before {@code cutoff}, up to the first one that did not, and
     * always keeps the last record: it is the head new records chain to. A broken chain is left as it is,
     * as evidence.
     */
    @Transactional
    public Outcome purgeBefore(Instant cutoff) {
        jdbc.query("select 1 from pg_advisory_xact_lock(?)", rows -> null, AuditTrail.APPEND_LOCK);
        ChainReport report = verifier.verify();
        if (!report.intact()) {
            return new Outcome(0, report.anchorSeq(), report);
        }
        Long firstKept = jdbc.queryForObject("select min(seq) from audit_record where occurred_at >= ?", Long.class,
                cutoff.atOffset(ZoneOffset.UTC));
        long last = Math.min(firstKept == null ? Long.MAX_VALUE : firstKept, report.lastSeq()) - 1;
        if (last <= report.anchorSeq()) {
            return new Outcome(0, report.anchorSeq(), null);
        }
        String hash = jdbc.queryForObject("select hash from audit_record where seq = ?", String.class, last);
        // Only the table owner may lift the append-only trigger, and only inside this transaction.
        jdbc.execute("alter table audit_record disable trigger audit_record_no_change");
        int removed = jdbc.update("delete from audit_record where seq <= ?", last);
        jdbc.execute("alter table audit_record enable trigger audit_record_no_change");
        jdbc.update("insert into audit_chain_anchor (seq, hash, removed_at, records_removed) values (?, ?, ?, ?)",
                last, hash, clock.instant().atOffset(ZoneOffset.UTC), removed);
        return new Outcome(removed, last, null);
    }
}

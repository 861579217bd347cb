package fr.parcours.audit.chain;

import fr.parcours.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Applies the retention period: removes the records past it as one prefix of the chain and records an
 * anchor where verification then starts, with its proof (see {@link AuditAnchor}). Runs as the schema owner
 * ({@link AuditOwnerDatabase}), the only role that may lift the append-only trigger and write anchors, and only by
 * an administrator's command, never on a schedule.
 */
@Service
public class AuditPurge {

    /** What a purge did; {@code refused} holds the break when a broken chain stopped it. */
    public record Outcome(long removed, long anchorSeq, ChainReport refused) {
    }

    private final AuditOwnerDatabase owner;
    private final AuditChainVerifier verifier;
    private final AuditRetention retention;
    private final AuditKey key;
    private final Clock clock;

    AuditPurge(AuditOwnerDatabase owner, AuditChainVerifier verifier, AuditRetention retention, AuditKey key,
               Clock clock) {
        this.owner = owner;
        this.verifier = verifier;
        this.retention = retention;
        this.key = key;
        this.clock = clock;
    }

    /** Applies the retention period now. */
    public Outcome purge() {
        return purgeAt(clock.instant());
    }

    /**
     * Removes the records that occurred more than the retention period before {@code now}, up to the first one
     * that did not, and always keeps the last record: it is the head new records chain to. A broken chain is left
     * as it is, as evidence. One owner transaction, joined if the caller runs one.
     */
    Outcome purgeAt(Instant now) {
        return owner.transactions().execute(status -> purgeIn(owner.jdbc(), now.truncatedTo(ChronoUnit.MICROS)));
    }

    private Outcome purgeIn(JdbcTemplate jdbc, Instant now) {
        jdbc.query("select 1 from pg_advisory_xact_lock(?)", rows -> null, AuditTrail.APPEND_LOCK);
        ChainReport report = verifier.verifyWith(jdbc);
        if (!report.intact()) {
            return new Outcome(0, report.anchorSeq(), report);
        }
        Instant cutoff = retention.cutoff(now);
        Long firstKept = jdbc.queryForObject("select min(seq) from audit_record where occurred_at >= ?", Long.class,
                cutoff.atOffset(ZoneOffset.UTC));
        long last = Math.min(firstKept == null ? Long.MAX_VALUE : firstKept, report.lastSeq()) - 1;
        if (last <= report.anchorSeq()) {
            return new Outcome(0, report.anchorSeq(), null);
        }
        String hash = jdbc.queryForObject("select hash from audit_record where seq = ?", String.class, last);
        Instant newest = jdbc.queryForObject("select max(occurred_at) from audit_record where seq <= ?",
                OffsetDateTime.class, last).toInstant();
        // Only the table owner may lift the append-only trigger, and only inside this transaction.
        jdbc.execute("alter table audit_record disable trigger audit_record_no_change");
        int removed = jdbc.update("delete from audit_record where seq <= ?", last);
        jdbc.execute("alter table audit_record enable trigger audit_record_no_change");
        String period = retention.period().toString();
        jdbc.update("insert into audit_chain_anchor (seq, hash, removed_at, records_removed, newest_removed_at, "
                + "retention, seal) values (?, ?, ?, ?, ?, ?, ?)", last, hash, now.atOffset(ZoneOffset.UTC), removed,
                newest.atOffset(ZoneOffset.UTC), period,
                AuditAnchor.seal(key, last, hash, now, removed, newest, period));
        return new Outcome(removed, last, null);
    }
}

package fr.parcours.audit.chain;

import fr.parcours.audit.chain.ChainBreak.Reason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A row of audit_chain_anchor, written by the purge (as the schema owner, the only role allowed to): the position
 * and hash of the last removed record, where verification starts, and its proof — how many records were removed,
 * the newest occurred_at among them, the retention period applied and when — sealed with the key.
 */
record AuditAnchor(long id, long seq, String hash, Instant removedAt, long recordsRemoved, Instant newestRemovedAt,
                   String retention, String seal) {

    static final String KIND = "anchor";

    static AuditAnchor of(ResultSet row) throws SQLException {
        OffsetDateTime newest = row.getObject("newest_removed_at", OffsetDateTime.class);
        return new AuditAnchor(row.getLong("id"), row.getLong("seq"), row.getString("hash"),
                row.getObject("removed_at", OffsetDateTime.class).toInstant(), row.getLong("records_removed"),
                newest == null ? null : newest.toInstant(), row.getString("retention"), row.getString("seal"));
    }

    static String seal(AuditKey key, long seq, String hash, Instant removedAt, long recordsRemoved,
                       Instant newestRemovedAt, String retention) {
        return AuditHash.seal(key, KIND, Long.toString(seq), hash, AuditHash.utc(removedAt),
                Long.toString(recordsRemoved), AuditHash.utc(newestRemovedAt), retention);
    }

    /** Why this anchor cannot be trusted, or null when it proves what it replaces. */
    Reason check(AuditKey key) {
        if (seal == null || newestRemovedAt == null || retention == null
                || !seal.equals(seal(key, seq, hash, removedAt, recordsRemoved, newestRemovedAt, retention))) {
            return Reason.ANCHOR_UNPROVEN;
        }
        try {
            Instant cutoff = removedAt.atZone(ZoneOffset.UTC).minus(Period.parse(retention)).toInstant();
            return newestRemovedAt.isBefore(cutoff) ? null : Reason.ANCHOR_TOO_EARLY;
        } catch (DateTimeParseException e) {
            return Reason.ANCHOR_UNPROVEN;
        }
    }
}

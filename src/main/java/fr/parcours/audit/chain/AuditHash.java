package fr.parcours.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of one audit record over a canonical serialisation of its fields and the previous record's hash:
 * HMAC-SHA256 with the {@link AuditKey} from the keyed cut-over on (migration V47), plain SHA-256 before it.
 * The plain hash must stay byte for byte equal to {@code audit_record_hash} of migration V22, which chained the
 * records written before V22; the keyed one cannot be computed in the database, which never holds the key.
 */
public final class AuditHash {

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** The plain SHA-256 hash, of the records written before the keyed cut-over. */
    public static String of(long seq, Instant occurredAt, String actor, String caseType, long caseId, String action,
                            String details, String prevHash) {
        String canonical = canonical(seq, occurredAt, actor, caseType, caseId, action, details, prevHash);
        return HexFormat.of().formatHex(sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** The keyed hash (HMAC-SHA256) of the records written from the keyed cut-over on. */
    public static String keyed(AuditKey key, long seq, Instant occurredAt, String actor, String caseType, long caseId,
                               String action, String details, String prevHash) {
        return key.mac(canonical(seq, occurredAt, actor, caseType, caseId, action, details, prevHash));
    }

    /** A seal over other chain facts (the cut-over, an anchor), serialised like a record's fields. */
    static String seal(AuditKey key, String kind, String... values) {
        StringBuilder canonical = new StringBuilder(field(kind));
        for (String value : values) {
            canonical.append('|').append(field(value));
        }
        return key.mac(canonical.toString());
    }

    static String utc(Instant instant) {
        return UTC_MICROS.format(instant);
    }

    private static String canonical(long seq, Instant occurredAt, String actor, String caseType, long caseId,
                                    String action, String details, String prevHash) {
        return String.join("|", field(Long.toString(seq)), field(UTC_MICROS.format(occurredAt)),
                field(actor), field(caseType), field(Long.toString(caseId)), field(action), field(details),
                field(prevHash));
    }

    /** Length-prefixed, so that no value can pass for a separator or for two fields. */
    private static String field(String value) {
        return value == null ? "-1:" : value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    private AuditHash() {
    }
}

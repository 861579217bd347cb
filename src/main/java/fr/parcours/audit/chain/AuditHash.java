package fr.parcours.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of one audit record: SHA-256 over a canonical serialisation of its fields and the previous
 * record's hash. Must stay byte for byte equal to {@code audit_record_hash} of migration V22, which
 * chained the records written before it.
 */
public final class AuditHash {

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    public static String of(long seq, Instant occurredAt, String actor, String caseType, long caseId, String action,
                            String details, String prevHash) {
        String canonical = String.join("|", field(Long.toString(seq)), field(UTC_MICROS.format(occurredAt)),
                field(actor), field(caseType), field(Long.toString(caseId)), field(action), field(details),
                field(prevHash));
        return HexFormat.of().formatHex(sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
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

package fr.parcours.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The secret that keys the audit chain (HMAC-SHA256), kept outside the database so that rewriting the table is
 * not enough to rewrite the chain. From {@code PARCOURS_AUDIT_KEY}; required with an external database. With the
 * embedded one (a single-machine demo) it is generated once into {@code audit.key} beside the data directory,
 * readable by the app's OS user only.
 */
@Component
public class AuditKey {

    static final int MIN_LENGTH = 32;
    private static final String HMAC = "HmacSHA256";
    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

    private final SecretKeySpec key;
    /** One keyed Mac per thread, reused: creating and keying one costs more than hashing a record. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    @Autowired
    AuditKey(@Value("${parcours.audit.key:}") String configured,
             @Value("${spring.datasource.url:}") String externalDatabase,
             @Value("${parcours.embedded-db.data-directory}") Path embeddedDataDirectory) {
        this(StringUtils.hasText(configured) ? configured : embeddedKey(externalDatabase, embeddedDataDirectory));
    }

    private AuditKey(String secret) {
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalStateException("PARCOURS_AUDIT_KEY must be at least " + MIN_LENGTH + " characters long.");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    public static AuditKey of(String secret) {
        return new AuditKey(secret);
    }

    /** HMAC-SHA256 of the text, in hex (64 characters, the width of the chain's hashes). */
    public String mac(String text) {
        // doFinal resets the Mac for the next text.
        return HexFormat.of().formatHex(macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform provides " + HMAC, e);
        }
    }

    @Override
    public String toString() {
        return "AuditKey[hidden]";
    }

    private static String embeddedKey(String externalDatabase, Path dataDirectory) {
        if (StringUtils.hasText(externalDatabase)) {
            throw new IllegalStateException("PARCOURS_AUDIT_KEY is required with an external database: a secret of "
                    + MIN_LENGTH + "+ characters kept outside it (see README, \"Audit trail and retention\").");
        }
        Path file = dataDirectory.toAbsolutePath().normalize().resolveSibling("audit.key");
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Files.createDirectories(file.getParent());
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n",
                    StandardCharsets.US_ASCII);
            log.info("Generated the audit chain key in {} (keep it: without it the chain cannot be verified)", file);
        } catch (FileAlreadyExistsException anotherNodeWasFirst) {
            // Two embedded starts on one directory cannot both run; nothing to do.
        }
    }
}

package fr.parcours.system.backup;

import fr.parcours.system.OrphanedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup of {@link EmbeddedBackup} in place of an embedded data directory while the app is stopped: refused
 * while a server runs on that directory; a directory already there is moved aside (never deleted), and so is an
 * audit key that differs from the backup's. At its next start PostgreSQL replays the backup's WAL and opens the
 * database as it was when the backup ended.
 */
public final class EmbeddedRestore {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRestore.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private EmbeddedRestore() {
    }

    /** Restores the backup into this data directory; returns where the directory that was there went, if any. */
    public static Path restore(Path archive, Path dataDirectory) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        refuseIfInUse(directory);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path extracted = directory.resolveSibling(directory.getFileName() + ".restoring-" + stamp);
        Path key = extracted.resolve(EmbeddedBackup.AUDIT_KEY + ".restored");
        Files.createDirectories(extracted);
        extract(archive, extracted, key);
        Path aside = null;
        if (Files.exists(directory) && !isEmpty(directory)) {
            aside = directory.resolveSibling(directory.getFileName() + ".before-restore-" + stamp);
            Files.move(directory, aside);
            log.info("The data directory that was there is kept in {}", aside);
        } else {
            Files.deleteIfExists(directory);
        }
        Files.move(extracted.resolve("data"), directory);
        if (Files.exists(key)) {
            restoreKey(key, directory.resolveSibling(EmbeddedBackup.AUDIT_KEY), stamp);
        }
        Files.delete(extracted);
        log.info("Backup {} restored into {}: start the app (or the server) to open it", archive, directory);
        return aside;
    }

    /** A server runs on the directory, or an app holds it (starting its server). */
    static void refuseIfInUse(Path directory) throws IOException {
        if (OrphanedPostgres.serverOf(directory).isPresent() || locked(directory.resolve("epg-lock"))) {
            throw new IllegalStateException("A PostgreSQL server runs on " + directory
                    + ": stop the app before restoring a backup into it.");
        }
    }

    private static boolean locked(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileChannel channel = file.getChannel()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return true;
        }
    }

    private static void extract(Path archive, Path into, Path key) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = entry.getName().equals(EmbeddedBackup.AUDIT_KEY) ? key
                        : into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into) || !(target.equals(key) || entry.getName().startsWith(EmbeddedBackup.DATA))) {
                    throw new IOException("Not a Parcours backup: unexpected entry " + entry.getName());
                }
                if (entry.isDirectory()) {
                    createPrivateDirectories(target);
                } else {
                    createPrivateDirectories(target.getParent());
                    try (OutputStream out = Files.newOutputStream(target)) {
                        zip.transferTo(out);
                    }
                    setPermissions(target, OWNER_FILE);
                }
            }
        }
        Path data = into.resolve("data");
        setPermissions(data, OWNER_ONLY);
        if (!Files.isRegularFile(data.resolve("PG_VERSION")) || !Files.isRegularFile(data.resolve("backup_label"))) {
            throw new IOException("Not a Parcours backup: " + archive);
        }
    }

    /** The backup's audit key beside the directory; a different key already there is moved aside. */
    private static void restoreKey(Path restored, Path key, String stamp) throws IOException {
        if (Files.exists(key) && Arrays.equals(Files.readAllBytes(key), Files.readAllBytes(restored))) {
            Files.delete(restored);
            return;
        }
        if (Files.exists(key)) {
            Path aside = key.resolveSibling(EmbeddedBackup.AUDIT_KEY + ".before-restore-" + stamp);
            Files.move(key, aside);
            log.info("The audit key that was there differs from the backup's: kept in {}", aside);
        }
        Files.move(restored, key, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void createPrivateDirectories(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
            setPermissions(directory, OWNER_ONLY);
        }
    }

    private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // PostgreSQL checks the data directory's mode only where there are POSIX permissions.
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}

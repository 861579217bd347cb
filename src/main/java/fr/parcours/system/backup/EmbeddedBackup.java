package fr.parcours.system.backup;

import fr.parcours.system.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consistent copy of the embedded database, taken while it serves: PostgreSQL's low-level base backup
 * ({@code pg_backup_start}, a copy of the data directory, {@code pg_backup_stop} in the same session, its
 * {@code backup_label} put into the copy, and the WAL written from the start to the stop of the backup). A
 * temporary replication slot, held by the same session, keeps that WAL from being recycled meanwhile. Started from
 * such a copy, PostgreSQL replays that WAL and opens the database as it was at the end of the backup. The copy goes
 * into one zip file with the audit chain's key of the embedded installation (without it the restored chain could
 * not be verified).
 */
public final class EmbeddedBackup {

    static final String DATA = "data/";
    static final String AUDIT_KEY = "audit.key";
    static final String PG_CONTROL = "global/pg_control";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedBackup.class);
    /** Contents the PostgreSQL documentation says to leave out of a base backup (the directories stay). */
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
            "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "backup_label", "tablespace_map");

    private EmbeddedBackup() {
    }

    /**
     * Backs up the database of this data directory, running or not, into {@code target}: a file ending in
     * {@code .zip}, or else a directory to write a dated one into. Returns the file written.
     */
    public static Path backup(Path dataDirectory, Path target) throws IOException, SQLException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Path archive = !target.getFileName().toString().endsWith(".zip")
                ? target.resolve("parcours-" + Instant.now().toString().replace(":", "").replaceAll("\\.\\d+", "")
                        + ".zip")
                : target;
        Files.createDirectories(archive.toAbsolutePath().getParent());
        Path partial = archive.resolveSibling(archive.getFileName() + ".part");
        createPrivate(partial);
        try (DatabaseServer server = DatabaseServer.of(directory)) {
            log.info("Backing up {} ({}) into {}", directory,
                    server.startedHere() ? "server started for the backup" : "running server", archive);
            try (Connection session = server.connect();
                 ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                zip.setLevel(Deflater.BEST_SPEED);
                copy(session, directory, zip);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
        log.info("Backup written: {} ({} MB)", archive, Files.size(archive) / (1024 * 1024));
        return archive;
    }

    /** The backup holds the database's passwords and the audit key: readable by its owner only. */
    private static void createPrivate(Path file) throws IOException {
        Files.deleteIfExists(file);
        PrivateFiles.create(file);
    }

    private static void copy(Connection session, Path directory, ZipOutputStream zip)
            throws IOException, SQLException {
        try (Statement statement = session.createStatement()) {
            statement.execute("select pg_create_physical_replication_slot('parcours_backup_' || pg_backend_pid(), "
                    + "true, true)");
            String startWal = single(statement, "select pg_walfile_name(pg_backup_start('parcours', true))");
            copyDirectory(directory, zip);
            copyFile(directory.resolve(PG_CONTROL), DATA + PG_CONTROL, zip);
            String stopWal;
            try (ResultSet stop = statement.executeQuery(
                    "select pg_walfile_name(lsn), labelfile, spcmapfile from pg_backup_stop(false)")) {
                stop.next();
                stopWal = stop.getString(1);
                if (stop.getString(3) != null && !stop.getString(3).isBlank()) {
                    throw new IllegalStateException("The database uses tablespaces: back it up with pg_basebackup.");
                }
                write(DATA + "backup_label", stop.getString(2), zip);
            }
            copyWal(directory.resolve("pg_wal"), startWal, stopWal, zip);
            Path key = directory.resolveSibling(AUDIT_KEY);
            if (Files.isRegularFile(key)) {
                copyFile(key, AUDIT_KEY, zip);
            }
            log.info("WAL {} to {} included", startWal, stopWal);
        }
    }

    private static void copyDirectory(Path directory, ZipOutputStream zip) throws IOException {
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                String name = relative(directory, dir);
                if (!name.isEmpty()) {
                    zip.putNextEntry(new ZipEntry(DATA + name + "/"));
                    zip.closeEntry();
                }
                return EMPTIED.contains(name) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String name = relative(directory, file);
                String fileName = file.getFileName().toString();
                if (attributes.isRegularFile() && !LEFT_OUT.contains(name) && !name.equals(PG_CONTROL)
                        && !fileName.startsWith("pgsql_tmp") && !fileName.equals("pg_internal.init")) {
                    copyFile(file, DATA + name, zip);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // dropped while the copy ran: the WAL replay accounts for it
                }
                throw failure;
            }
        });
        for (String emptied : List.of("pg_wal/archive_status", "pg_wal/summaries")) {
            zip.putNextEntry(new ZipEntry(DATA + emptied + "/"));
            zip.closeEntry();
        }
    }

    /** The segments from the backup's start to its stop (the stop switched to a new one) and timeline histories. */
    private static void copyWal(Path wal, String start, String stop, ZipOutputStream zip) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(wal)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            boolean segment = name.matches("[0-9A-F]{24}") && name.compareTo(start) >= 0 && name.compareTo(stop) <= 0;
            if (segment || name.endsWith(".history")) {
                copyFile(file, DATA + "pg_wal/" + name, zip);
            }
        }
    }

    private static void copyFile(Path file, String name, ZipOutputStream zip) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException dropped) {
            return;
        }
        try (in) {
            zip.putNextEntry(new ZipEntry(name));
            in.transferTo(zip);
            zip.closeEntry();
        }
    }

    private static void write(String name, String content, ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static String relative(Path directory, Path path) {
        return directory.relativize(path).toString().replace('\\', '/');
    }
}

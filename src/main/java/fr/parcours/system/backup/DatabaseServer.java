package fr.parcours.system.backup;

import fr.parcours.system.EmbeddedPostgresConfiguration;
import fr.parcours.system.OrphanedPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The PostgreSQL server of an embedded data directory, as its superuser: the one that runs on it (the app's, found
 * through {@code postmaster.pid}), or else one started here for the time of the backup, with the app's settings
 * (durable, local connections only) and stopped afterwards. A server started here holds the directory's lock, so
 * the app cannot start on it meanwhile.
 */
final class DatabaseServer implements AutoCloseable {

    private final int port;
    private final String password;
    private final EmbeddedPostgres startedHere;

    private DatabaseServer(int port, String password, EmbeddedPostgres startedHere) {
        this.port = port;
        this.password = password;
        this.startedHere = startedHere;
    }

    static DatabaseServer of(Path dataDirectory) throws IOException {
        if (!Files.isRegularFile(dataDirectory.resolve("PG_VERSION"))) {
            throw new IllegalArgumentException(dataDirectory + " is not a PostgreSQL data directory.");
        }
        String password = ownerPassword(dataDirectory);
        Optional<ProcessHandle> running = OrphanedPostgres.serverOf(dataDirectory);
        if (running.isPresent()) {
            return new DatabaseServer(runningPort(dataDirectory), password, null);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setRegisterShutdownHook(false);
        if (password != null) {
            builder.setConnectConfig("password", password);
        }
        EmbeddedPostgres started = builder.start();
        return new DatabaseServer(started.getPort(), password, started);
    }

    boolean startedHere() {
        return startedHere != null;
    }

    /** A connection as the superuser to the server's maintenance database. */
    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedPostgresConfiguration.OWNER);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", properties);
    }

    @Override
    public void close() throws IOException {
        if (startedHere != null) {
            startedHere.close();
        }
    }

    /** The fourth line of {@code postmaster.pid} is the server's port. */
    private static int runningPort(Path dataDirectory) throws IOException {
        List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
        return Integer.parseInt(lines.get(3).strip());
    }

    /** The superuser's password the app generated (none in a directory from before the passwords: trusted). */
    static String ownerPassword(Path dataDirectory) {
        Path file = dataDirectory.resolve(EmbeddedPostgresConfiguration.CREDENTIALS);
        if (!Files.exists(file)) {
            return null;
        }
        Properties credentials = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            credentials.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return credentials.getProperty(EmbeddedPostgresConfiguration.OWNER);
    }
}

package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.system.EmbeddedPostgresConfiguration.EmbeddedDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database after its app was killed hard: its orphaned server is stopped cleanly at the next start,
 * which goes on with every committed row; a server whose app still runs is never touched; real data runs durably.
 */
class EmbeddedPostgresRecoveryTests {

    @TempDir
    Path parent;

    @Test
    void theNextStartStopsTheServerOrphanedByAKilledAppAndKeepsItsData() throws Exception {
        Path data = parent.resolve("postgres");
        Process app = startApp(data);
        int port = readyPort(app);
        EmbeddedPostgresConfiguration.Credentials credentials = credentials(data);
        try (Connection connection = owner(port, credentials.owner()); Statement statement = connection.createStatement()) {
            statement.execute("create table kept (name text)");
            statement.execute("insert into kept values ('committed before the crash')");
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
        }
        Optional<ProcessHandle> server = OrphanedPostgres.serverOf(data.toAbsolutePath());
        assertThat(server).isPresent();

        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(server.get().isAlive()).as("the server outlives its killed app").isTrue();

        try (EmbeddedDatabase again = new EmbeddedPostgresConfiguration().embeddedPostgres(data, 0, false, true);
             Connection connection = owner(again.postgres().getPort(), again.credentials().owner());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select name from kept")) {
            assertThat(server.get().isAlive()).isFalse();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("committed before the crash");
        }
    }

    @Test
    void aServerWhoseAppStillRunsIsNotStopped() throws Exception {
        Path data = parent.resolve("shared");
        Process app = startApp(data);
        try {
            readyPort(app);
            ProcessHandle server = OrphanedPostgres.serverOf(data.toAbsolutePath()).orElseThrow();

            assertThatThrownBy(() -> new EmbeddedPostgresConfiguration().embeddedPostgres(data, 0, false, true))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use by another running Parcours");
            assertThat(server.isAlive()).isTrue();
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
            OrphanedPostgres.stopIfAny(data.toAbsolutePath());
        }
    }

    private static Process startApp(Path data) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseMain.class.getName(), data.toString())
                .redirectErrorStream(true).start();
    }

    private static int readyPort(Process app) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(EmbeddedDatabaseMain.READY)) {
                int port = Integer.parseInt(line.substring(EmbeddedDatabaseMain.READY.length()).strip());
                // Keep reading its output so that it never blocks on a full pipe.
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return port;
            }
        }
        throw new AssertionError("The app exited before its database was ready: " + app.waitFor());
    }

    private static EmbeddedPostgresConfiguration.Credentials credentials(Path data) throws Exception {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(data.resolve(EmbeddedPostgresConfiguration.CREDENTIALS))) {
            properties.load(reader);
        }
        return new EmbeddedPostgresConfiguration.Credentials(properties.getProperty(EmbeddedPostgresConfiguration.OWNER),
                properties.getProperty(EmbeddedPostgresConfiguration.RUNTIME), true);
    }

    private static Connection owner(int port, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/"
                + EmbeddedPostgresConfiguration.DATABASE, EmbeddedPostgresConfiguration.OWNER, password);
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet result = statement.executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}

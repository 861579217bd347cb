package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.system.EmbeddedPostgresConfiguration.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's two roles: created at the first start with generated passwords kept in the data
 * directory (0600), asked for from then on — also after a restart — instead of trusting local connections.
 */
class EmbeddedPostgresRolesTests {

    @TempDir
    Path parent;

    @Test
    void theRolesLogInWithTheirStoredPasswordsAcrossRestarts() throws Exception {
        Path data = parent.resolve("postgres");
        EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
        String url;
        try (EmbeddedDatabase first = configuration.embeddedPostgres(data, 0, false, false)) {
            url = first.postgres().getJdbcUrl(EmbeddedPostgresConfiguration.RUNTIME, EmbeddedPostgresConfiguration.DATABASE);
            assertThat(currentUser(url, EmbeddedPostgresConfiguration.RUNTIME, first.credentials().runtime()))
                    .isEqualTo(EmbeddedPostgresConfiguration.RUNTIME);
        }
        Path credentials = data.resolve(EmbeddedPostgresConfiguration.CREDENTIALS);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");

        try (EmbeddedDatabase again = configuration.embeddedPostgres(data, 0, false, false)) {
            String owner = again.postgres().getJdbcUrl(EmbeddedPostgresConfiguration.OWNER,
                    EmbeddedPostgresConfiguration.DATABASE);
            String runtime = again.postgres().getJdbcUrl(EmbeddedPostgresConfiguration.RUNTIME,
                    EmbeddedPostgresConfiguration.DATABASE);

            assertThat(again.credentials().stored()).isTrue();
            assertThat(currentUser(owner, EmbeddedPostgresConfiguration.OWNER, again.credentials().owner()))
                    .isEqualTo(EmbeddedPostgresConfiguration.OWNER);
            assertThat(currentUser(runtime, EmbeddedPostgresConfiguration.RUNTIME, again.credentials().runtime()))
                    .isEqualTo(EmbeddedPostgresConfiguration.RUNTIME);
            assertThatThrownBy(() -> currentUser(owner, EmbeddedPostgresConfiguration.OWNER, "guessed"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> currentUser(runtime, EmbeddedPostgresConfiguration.RUNTIME, null))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aDataDirectoryFromBeforeTheRolesGetsThem() throws Exception {
        Path data = parent.resolve("legacy");
        try (EmbeddedPostgres before = EmbeddedPostgres.builder().setDataDirectory(data).start();
             Connection connection = before.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create database " + EmbeddedPostgresConfiguration.DATABASE);
        }

        try (EmbeddedDatabase after = new EmbeddedPostgresConfiguration().embeddedPostgres(data, 0, false, false)) {
            String runtime = after.postgres().getJdbcUrl(EmbeddedPostgresConfiguration.RUNTIME,
                    EmbeddedPostgresConfiguration.DATABASE);

            assertThat(currentUser(runtime, EmbeddedPostgresConfiguration.RUNTIME, after.credentials().runtime()))
                    .isEqualTo(EmbeddedPostgresConfiguration.RUNTIME);
            assertThatThrownBy(() -> currentUser(after.postgres().getJdbcUrl(EmbeddedPostgresConfiguration.OWNER,
                    "postgres"), EmbeddedPostgresConfiguration.OWNER, null)).isInstanceOf(SQLException.class);
        }
    }

    private static String currentUser(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(url, properties);
             var rows = connection.createStatement().executeQuery("select current_user")) {
            rows.next();
            return rows.getString(1);
        }
    }
}

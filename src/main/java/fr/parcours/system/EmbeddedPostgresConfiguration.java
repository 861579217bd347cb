package fr.parcours.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Properties;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts a real PostgreSQL (shipped as a Maven artifact) when no database URL is configured, with the two roles
 * of every Parcours database: its superuser {@value #OWNER} owns the schema (Flyway, the audit purge) and
 * {@value #RUNTIME} is the role the app serves with (grants: migration V46). Both log in with passwords
 * generated at the first start and kept in {@value #CREDENTIALS} inside the data directory (0600, like the
 * directory itself); from then on the server asks for them (scram-sha-256), instead of trusting every local
 * user. The data directory is kept between restarts so a demo installation keeps its cases: it runs with fsync
 * and synchronous commit on ({@code parcours.embedded-db.durable}, off only for the tests' throw-away databases),
 * and a server left orphaned on it by an app killed hard is stopped before the new one starts
 * ({@link OrphanedPostgres}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    static final String DATABASE = "parcours";
    public static final String OWNER = "postgres";
    static final String RUNTIME = "parcours_app";
    public static final String CREDENTIALS = "parcours-credentials.properties";
    static final int OWNER_POOL_SIZE = 5;
    static final int MAX_CONNECTIONS = 200;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** The two passwords, generated once per data directory. */
    record Credentials(String owner, String runtime, boolean stored) {
    }

    /** The running server and its roles' passwords (one bean: the data directory may be a random path). */
    record EmbeddedDatabase(EmbeddedPostgres postgres, Credentials credentials) implements java.io.Closeable {
        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedPostgres(
            @Value("${parcours.embedded-db.data-directory}") Path dataDirectory,
            @Value("${parcours.embedded-db.port:0}") int port,
            @Value("${parcours.embedded-db.clean-data-directory:false}") boolean clean,
            @Value("${parcours.embedded-db.durable:true}") boolean durable) throws IOException {
        Path directory = dataDirectory.toAbsolutePath();
        Files.createDirectories(directory);
        OrphanedPostgres.stopIfAny(directory);
        Credentials credentials = read(directory.resolve(CREDENTIALS));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(clean)
                .setServerConfig("timezone", "UTC")
                .setServerConfig("listen_addresses", "localhost")
                // Room for two nodes' pools (runtime and owner) with the backup command and a psql beside them.
                .setServerConfig("max_connections", String.valueOf(MAX_CONNECTIONS))
                // The library's defaults (for throw-away test databases) trade durability for speed: a crash could
                // lose committed data, or corrupt it. Given after the library's own "-F", these win.
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setConnectConfig("password", credentials.owner())
                // Until the roles have their passwords (first start, or a directory from before them) the server
                // trusts local connections; afterwards it asks for the passwords.
                .setDataDirectoryCustomizer(data -> writeHba(data.toPath(), credentials.stored()))
                // Spring stops it (destroyMethod) after everything that uses the DataSource has closed.
                .setRegisterShutdownHook(false);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        try {
            createRoles(postgres, credentials);
        } catch (SQLException e) {
            postgres.close();
            throw new IllegalStateException("Could not set up the embedded database's roles", e);
        }
        if (!credentials.stored()) {
            store(directory.resolve(CREDENTIALS), credentials);
            writeHba(directory, true);
            reload(postgres);
        }
        log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
        return new EmbeddedDatabase(postgres, credentials);
    }

    /** The runtime role's connection: what the app serves with. */
    @Bean
    @Primary
    DataSource dataSource(EmbeddedDatabase database,
                          @Value("${spring.datasource.hikari.maximum-pool-size}") int poolSize) {
        return pool(database.postgres(), "parcours", RUNTIME, database.credentials().runtime(), poolSize);
    }

    /** The owner's connection, for Flyway and the administrator's audit commands. */
    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedDatabase database) {
        return pool(database.postgres(), "parcours-owner", OWNER, database.credentials().owner(), OWNER_POOL_SIZE);
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres, String name, String user, String password,
                                         int size) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName(name);
        dataSource.setJdbcUrl(postgres.getJdbcUrl(user, DATABASE));
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(size);
        dataSource.setMinimumIdle(Math.min(size, 2));
        return dataSource;
    }

    /**
     * The database, the runtime role and both passwords; idempotent, so a data directory from before the two
     * roles gets them at its next start. The runtime role may connect and create in the schema (the Camunda
     * engine creates its ACT_* tables itself); everything else is granted by migration V46.
     */
    private static void createRoles(EmbeddedPostgres postgres, Credentials credentials) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet existing = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!existing.next()) {
                    statement.execute("create database " + DATABASE);
                }
            }
            boolean runtimeExists;
            try (ResultSet role = statement.executeQuery("select 1 from pg_roles where rolname = '" + RUNTIME + "'")) {
                runtimeExists = role.next();
            }
            // Generated passwords are URL-safe Base64: nothing to escape.
            statement.execute("alter role " + OWNER + " password '" + credentials.owner() + "'");
            statement.execute((runtimeExists ? "alter" : "create") + " role " + RUNTIME
                    + " login nosuperuser nocreatedb nocreaterole noinherit password '" + credentials.runtime() + "'");
            statement.execute("grant connect, temporary on database " + DATABASE + " to " + RUNTIME);
        }
        try (Connection connection = postgres.getDatabase(OWNER, DATABASE).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("grant usage, create on schema public to " + RUNTIME);
        }
    }

    private static void reload(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reload the embedded database's configuration", e);
        }
    }

    /** Local TCP connections only; with passwords once the roles have them. */
    private static void writeHba(Path dataDirectory, boolean passwords) {
        String method = passwords ? "scram-sha-256" : "trust";
        String hba = "# Written by Parcours (EmbeddedPostgresConfiguration) at each start.\n"
                + "host all all 127.0.0.1/32 " + method + "\n"
                + "host all all ::1/128 " + method + "\n";
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), hba, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Credentials read(Path file) {
        if (!Files.exists(file)) {
            return generated();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return new Credentials(properties.getProperty(OWNER), properties.getProperty(RUNTIME), true);
    }

    private static void store(Path file, Credentials credentials) {
        Properties properties = new Properties();
        properties.setProperty(OWNER, credentials.owner());
        properties.setProperty(RUNTIME, credentials.runtime());
        try {
            PrivateFiles.create(file);
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
                properties.store(writer, "Passwords of the embedded database's roles (generated by Parcours)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static Credentials generated() {
        return new Credentials(password(), password(), false);
    }

    private static String password() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}

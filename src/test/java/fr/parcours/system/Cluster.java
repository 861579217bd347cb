package fr.parcours.system;

import fr.parcours.system.EmbeddedPostgresConfiguration.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One PostgreSQL, started here as the embedded database of the app (durable, with its two roles), and app nodes
 * as separate JVMs running the packaged jar in production mode against it: what `-Pcluster` tests run on.
 */
final class Cluster implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Grappe-De-Test-2026!";
    static final String AUDIT_KEY = "cluster-test-audit-key-0123456789abcdef";
    /** A killed node's jobs wait this long before another node takes them. */
    static final int JOB_LOCK_MILLIS = 8000;
    private static final Duration READY_WITHIN = Duration.ofMinutes(8);

    private final Path directory;
    private final Path jar;
    private final int databasePort;
    private final List<Node> nodes = new ArrayList<>();
    private EmbeddedDatabase database;

    Cluster(Path directory) throws IOException {
        this.directory = directory;
        this.jar = packagedJar();
        this.databasePort = freePort();
        Files.createDirectories(directory);
    }

    void startDatabase() throws IOException {
        database = new EmbeddedPostgresConfiguration().embeddedPostgres(directory.resolve("postgres"), databasePort,
                false, true);
    }

    void stopDatabase() throws IOException {
        database.close();
        database = null;
    }

    /** A node on a free port; not started. */
    Node node(String name) {
        Node node = new Node(name, freePort());
        nodes.add(node);
        return node;
    }

    Connection owner() throws SQLException {
        return DriverManager.getConnection(url(), EmbeddedPostgresConfiguration.OWNER, database.credentials().owner());
    }

    private String url() {
        return "jdbc:postgresql://localhost:" + databasePort + "/" + EmbeddedPostgresConfiguration.DATABASE;
    }

    @Override
    public void close() throws IOException {
        nodes.forEach(Node::stop);
        if (database != null) {
            stopDatabase();
        }
    }

    final class Node {

        final String name;
        final int port;
        private Process process;

        private Node(String name, int port) {
            this.name = name;
            this.port = port;
        }

        /** Starts the packaged app in production mode; returns at once. */
        Node start() throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx400m", "-XX:TieredStopAtLevel=1",
                    "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve(name + ".log").toFile()));
            Map<String, String> env = builder.environment();
            env.put("SPRING_PROFILES_ACTIVE", "prod");
            env.put("PORT", String.valueOf(port));
            // Each node names its connections, so that the database tells which node does what.
            env.put("SPRING_DATASOURCE_URL", url() + "?ApplicationName=parcours-" + name);
            env.put("SPRING_DATASOURCE_USERNAME", EmbeddedPostgresConfiguration.RUNTIME);
            env.put("SPRING_DATASOURCE_PASSWORD", database.credentials().runtime());
            env.put("SPRING_DATASOURCE_HIKARI_CONNECTIONTIMEOUT", "3000");
            env.put("PARCOURS_DB_OWNER_USERNAME", EmbeddedPostgresConfiguration.OWNER);
            env.put("PARCOURS_DB_OWNER_PASSWORD", database.credentials().owner());
            env.put("PARCOURS_AUDIT_KEY", AUDIT_KEY);
            env.put("PARCOURS_ADMIN_USER", ADMIN);
            env.put("PARCOURS_ADMIN_PASSWORD", ADMIN_PASSWORD);
            // Plain HTTP on localhost: no TLS proxy in front.
            env.put("PARCOURS_SECURE_COOKIE", "false");
            env.put("PARCOURS_JOB_LOCK_TIME_MILLIS", String.valueOf(JOB_LOCK_MILLIS));
            process = builder.start();
            return this;
        }

        /** Waits until the node answers ready (database and job executor up). */
        Node awaitReady() throws InterruptedException {
            long deadline = System.nanoTime() + READY_WITHIN.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Node " + name + " exited with " + process.exitValue()
                            + ": see " + directory.resolve(name + ".log"));
                }
                if (status("/actuator/health/readiness") == 200) {
                    return this;
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("Node " + name + " not ready within " + READY_WITHIN);
        }

        int status(String path) {
            try {
                return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        /** kill -9: no shutdown hook, no clean close of its connections or its requests. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        void stop() {
            if (process != null && process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(60, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        boolean isAlive() {
            return process != null && process.isAlive();
        }

        /** The database's name for this node's connections (pg_stat_activity.application_name). */
        String applicationName() {
            return "parcours-" + name;
        }
    }

    private static Path packagedJar() throws IOException {
        String configured = System.getProperty("parcours.jar");
        if (configured != null) {
            return Path.of(configured);
        }
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("parcours-.*\\.jar")
                            && !file.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Package the app first: ./mvnw package"));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

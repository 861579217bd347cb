package fr.parcours.system;

import fr.parcours.system.EmbeddedPostgresConfiguration.EmbeddedDatabase;
import java.nio.file.Path;

/**
 * Starts the app's embedded database on a data directory, as the app does, prints its port and waits to be killed:
 * {@link EmbeddedPostgresRecoveryTests} kills this JVM hard and starts the database again.
 */
final class EmbeddedDatabaseMain {

    static final String READY = "embedded database ready on port ";

    private EmbeddedDatabaseMain() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = new EmbeddedPostgresConfiguration()
                .embeddedPostgres(Path.of(args[0]), 0, false, true);
        System.out.println(READY + database.postgres().getPort());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

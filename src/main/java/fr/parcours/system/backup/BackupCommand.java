package fr.parcours.system.backup;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backup and restore commands of the embedded database, without starting the app (docs/operations.md):
 * <pre>
 * java -cp parcours.jar -Dloader.main=fr.parcours.system.backup.BackupCommand \
 *      org.springframework.boot.loader.launch.PropertiesLauncher backup backups/
 * … restore backups/parcours-….zip
 * </pre>
 * The data directory is {@code PARCOURS_DATA_DIR}, as for the app ({@code ./data/postgres} by default). Exit code 0
 * when done, 1 when it failed, 2 for a wrong command line.
 */
public final class BackupCommand {

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

    private BackupCommand() {
    }

    public static void main(String[] args) {
        quietLibraries();
        System.exit(run(args, dataDirectory()));
    }

    static int run(String[] args, Path dataDirectory) {
        if (args.length != 2 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            log.error("Usage: backup <directory or file.zip> | restore <file.zip>  (data directory: "
                    + "PARCOURS_DATA_DIR, now {})", dataDirectory);
            return 2;
        }
        try {
            if (args[0].equals("backup")) {
                EmbeddedBackup.backup(dataDirectory, Path.of(args[1]));
            } else {
                EmbeddedRestore.restore(Path.of(args[1]), dataDirectory);
            }
            return 0;
        } catch (IllegalStateException | IllegalArgumentException refused) {
            log.error("The {} failed: {}", args[0], refused.getMessage());
            return 1;
        } catch (Exception e) {
            log.error("The {} failed: {}", args[0], e.getMessage(), e);
            return 1;
        }
    }

    private static Path dataDirectory() {
        String configured = System.getenv("PARCOURS_DATA_DIR");
        return Path.of(configured == null || configured.isBlank() ? "./data/postgres" : configured);
    }

    /** Outside Spring Boot, Logback would log everything at DEBUG. */
    private static void quietLibraries() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.WARN);
        }
        if (LoggerFactory.getLogger("fr.parcours") instanceof ch.qos.logback.classic.Logger ours) {
            ours.setLevel(Level.INFO);
        }
    }
}

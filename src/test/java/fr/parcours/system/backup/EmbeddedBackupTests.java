package fr.parcours.system.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.audit.chain.AuditChainVerifier;
import fr.parcours.audit.chain.AuditOwnerDatabase;
import fr.parcours.audit.chain.ChainReport;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.support.ParcoursIntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backup of the embedded database taken while the app serves, restored into a new data directory and opened
 * there by PostgreSQL: what was written before the backup is there, what came after is not, and the audit chain
 * verifies with the app's own check.
 */
@ParcoursIntegrationTest
class EmbeddedBackupTests {

    @Autowired
    CouncilScenario councils;
    @Autowired
    AuditOwnerDatabase owner;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @Test
    void aBackupTakenWhileTheAppRunsRestoresItsDataAsOfTheBackupWithAnIntactAuditChain() throws Exception {
        Council before = councils.parisCouncil(2, 1);
        Path archive = EmbeddedBackup.backup(runningDataDirectory(), temp.resolve("backups"));
        long headAtBackup = jdbc.queryForObject("select max(seq) from audit_record", Long.class);
        Council after = councils.parisCouncil(1, 0);
        assertThat(archive).isRegularFile().hasParent(temp.resolve("backups"));

        Path restored = temp.resolve("restored").resolve("postgres");
        assertThat(EmbeddedRestore.restore(archive, restored)).as("nothing was there to move aside").isNull();

        try (EmbeddedPostgres server = open(restored)) {
            DataSource database = server.getDatabase("postgres", "parcours");
            JdbcTemplate restoredJdbc = new JdbcTemplate(database);
            assertThat(restoredJdbc.queryForObject("select name from council where id = ?", String.class,
                    before.getId())).isEqualTo(before.getName());
            assertThat(restoredJdbc.queryForObject("select count(*) from council_member where council_id = ?",
                    Long.class, before.getId())).isEqualTo(3);
            assertThat(restoredJdbc.queryForObject("select count(*) from council where id = ?", Long.class,
                    after.getId())).isZero();
            assertThat(restoredJdbc.queryForObject("select count(*) from audit_record where case_type = ? "
                    + "and case_id = ?", Long.class, Council.CASE_TYPE, before.getId())).isPositive();
            assertThat(restoredJdbc.queryForObject("select count(*) from audit_record where case_type = ? "
                    + "and case_id = ?", Long.class, Council.CASE_TYPE, after.getId())).isZero();

            ChainReport chain = verifier.verify(database);
            assertThat(chain.intact()).as("audit chain of the restored database: %s", chain).isTrue();
            assertThat(chain.lastSeq()).isEqualTo(headAtBackup);
        }
    }

    @Test
    void aRestoreMovesTheDirectoryThatWasThereAsideAndABackupWorksOnAStoppedDatabaseToo() throws Exception {
        Path archive = EmbeddedBackup.backup(runningDataDirectory(), temp.resolve("first.zip"));
        Path restored = temp.resolve("postgres");
        EmbeddedRestore.restore(archive, restored);
        try (EmbeddedPostgres server = open(restored)) {
            new JdbcTemplate(server.getDatabase("postgres", "parcours"))
                    .update("create table written_after_restore (id int)");
        }

        Path second = EmbeddedBackup.backup(restored, temp.resolve("second.zip"));
        assertThat(restored.resolve("postmaster.pid")).as("the server started for the backup is stopped")
                .doesNotExist();
        Path aside = EmbeddedRestore.restore(archive, restored);

        assertThat(aside).isDirectory();
        assertThat(aside.getFileName().toString()).startsWith("postgres.before-restore-");
        try (EmbeddedPostgres server = open(aside)) {
            assertThat(new JdbcTemplate(server.getDatabase("postgres", "parcours")).queryForObject(
                    "select count(*) from written_after_restore", Long.class)).isZero();
        }
        try (EmbeddedPostgres server = open(restored)) {
            assertThat(new JdbcTemplate(server.getDatabase("postgres", "parcours")).queryForObject(
                    "select to_regclass('written_after_restore') is null", Boolean.class)).isTrue();
        }
        EmbeddedRestore.restore(second, temp.resolve("from-stopped"));
        try (EmbeddedPostgres server = open(temp.resolve("from-stopped"))) {
            assertThat(new JdbcTemplate(server.getDatabase("postgres", "parcours")).queryForObject(
                    "select count(*) from written_after_restore", Long.class)).isZero();
        }
    }

    @Test
    void aRestoreIntoTheDirectoryOfARunningServerIsRefusedAndTouchesNothing() throws Exception {
        Path running = runningDataDirectory();
        Path archive = EmbeddedBackup.backup(running, temp.resolve("backup.zip"));
        long files;
        try (var listed = Files.list(running)) {
            files = listed.count();
        }

        assertThatThrownBy(() -> EmbeddedRestore.restore(archive, running))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stop the app");

        try (var listed = Files.list(running)) {
            assertThat(listed.count()).isEqualTo(files);
        }
        try (var siblings = Files.list(running.getParent())) {
            assertThat(siblings.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(running.getFileName() + ".before-restore-")
                            || name.startsWith(running.getFileName() + ".restoring-"));
        }
        assertThat(jdbc.queryForObject("select 1", Integer.class)).isOne();
    }

    private Path runningDataDirectory() {
        return Path.of(owner.jdbc().queryForObject("show data_directory", String.class));
    }

    private static EmbeddedPostgres open(Path dataDirectory) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setConnectConfig("password", DatabaseServer.ownerPassword(dataDirectory)).start();
    }
}

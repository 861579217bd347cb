package fr.parcours.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.ParcoursApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real switch, in a JVM of its own: {@code --parcours.audit.verify} checks the database's chain,
 * starts no web server and exits with 0 (intact) or 1 (broken).
 */
class AuditVerifySwitchTests {

    @TempDir
    Path logs;

    @Test
    void theAppVerifiesTheChainAndExitsWithItsVerdict() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("20").load().migrate();
            for (String action : List.of("opened", "intake-accepted", "closed")) {
                jdbc.update("insert into audit_record (occurred_at, actor, case_type, case_id, action) "
                        + "values (?, 'zoe.martin', 'ACCOMPANIMENT', 7, ?)", OffsetDateTime.now(), action);
            }
            // The command's start applies the later migrations itself, sealing the keyed cut-over with its key.

            Path intact = logs.resolve("intact.log");
            assertThat(runVerification(postgres, intact)).as(() -> read(intact)).isEqualTo(AuditCommands.INTACT);
            assertThat(Files.readString(intact)).contains("Audit chain intact: 3 records checked")
                    .doesNotContain("Tomcat started");

            jdbc.execute("alter table audit_record disable trigger audit_record_no_change");
            jdbc.update("update audit_record set actor = 'someone.else' where seq = 2");
            Path broken = logs.resolve("broken.log");
            assertThat(runVerification(postgres, broken)).as(() -> read(broken)).isEqualTo(AuditCommands.BROKEN);
            assertThat(Files.readString(broken)).contains("Audit chain BROKEN at position 2");
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static int runVerification(EmbeddedPostgres postgres, Path log) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ParcoursApplication.class.getName(),
                "--parcours.audit.verify",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--parcours.admin.username=verifier.admin",
                "--parcours.admin.password=a-long-unusual-secret-42",
                "--parcours.audit.key=" + AuditChainMigrationTests.KEY_SECRET)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(240, TimeUnit.SECONDS)).as("the command finished").isTrue();
        return process.exitValue();
    }
}

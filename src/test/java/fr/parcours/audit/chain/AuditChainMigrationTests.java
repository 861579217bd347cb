package fr.parcours.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Records written before the chain existed are chained by migration V22, in the order they were written. */
class AuditChainMigrationTests {

    @Test
    void theMigrationChainsTheRecordsAlreadyThere() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("20").load().migrate();
            for (String details : new String[] {"premier « dossier »", null, "x|3:y ✓"}) {
                jdbc.update("insert into audit_record (occurred_at, actor, case_type, case_id, action, details) "
                        + "values (?, 'zoe.martin', 'ACCOMPANIMENT', 7, 'opened', ?)",
                        OffsetDateTime.parse("2025-01-02T03:04:05.123456Z"), details);
            }

            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

            assertThat(jdbc.queryForList("select seq from audit_record order by id", Long.class))
                    .containsExactly(1L, 2L, 3L);
            ChainReport report = new AuditChainVerifier(jdbc).verify();
            assertThat(report.intact()).isTrue();
            assertThat(report.checked()).isEqualTo(3);
        }
    }
}

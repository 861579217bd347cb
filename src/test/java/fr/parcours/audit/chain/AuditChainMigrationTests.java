package fr.parcours.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records written before the chain existed are chained by migration V22, in the order they were written; V47 keys
 * the chain from the next position on, and the records before it still verify with their plain SHA-256 hashes.
 */
class AuditChainMigrationTests {

    static final String KEY_SECRET = "migration-test-key-0123456789abcdef";
    static final AuditKey KEY = AuditKey.of(KEY_SECRET);

    @Test
    void theMigrationChainsTheRecordsAlreadyThereAndKeysTheNextOnes() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("20").load().migrate();
            for (String details : new String[] {"premier « dossier »", null, "x|3:y ✓"}) {
                jdbc.update("insert into audit_record (occurred_at, actor, case_type, case_id, action, details) "
                        + "values (?, 'zoe.martin', 'ACCOMPANIMENT', 7, 'opened', ?)",
                        OffsetDateTime.parse("2025-01-02T03:04:05.123456Z"), details);
            }

            // As the app does: the keyed cut-over is sealed in the migration that creates it.
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .callbacks(new AuditKeyingSeal(KEY)).load().migrate();

            assertThat(jdbc.queryForList("select seq from audit_record order by id", Long.class))
                    .containsExactly(1L, 2L, 3L);
            assertThat(jdbc.queryForObject("select from_seq from audit_chain_keying", Long.class)).isEqualTo(4);
            String head = jdbc.queryForObject("select hash from audit_record where seq = 3", String.class);
            Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
            jdbc.update("insert into audit_record (occurred_at, actor, case_type, case_id, action, seq, prev_hash, hash) "
                    + "values (?, 'zoe.martin', 'ACCOMPANIMENT', 7, 'closed', 4, ?, ?)", at.atOffset(ZoneOffset.UTC), head,
                    AuditHash.keyed(KEY, 4, at, "zoe.martin", "ACCOMPANIMENT", 7, "closed", null, head));
            ChainReport report = new AuditChainVerifier(jdbc, KEY).verify();
            assertThat(report.intact()).isTrue();
            assertThat(report.checked()).isEqualTo(4);
            assertThat(report.keyedFrom()).isEqualTo(4);
        }
    }

    @Test
    void withoutTheSealTheCutOverIsNotTrusted() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

            ChainReport report = new AuditChainVerifier(new JdbcTemplate(dataSource), KEY).verify();

            assertThat(report.firstBreak().reason()).isEqualTo(ChainBreak.Reason.KEYING_UNSEALED);
        }
    }
}

package fr.parcours.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A chain of a million records (./mvnw test -Pbenchmark) is verified by streaming, and a break near its
 * end is still found. Result in target/benchmark/audit-chain.txt.
 */
@Tag("benchmark")
class AuditChainVolumeTests {

    static final int ROWS = Integer.getInteger("benchmark.audit-rows", 1_000_000);

    @Test
    void verifiesAMillionRecords() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            // Plain SHA-256 records, then the keyed cut-over after them (the SQL function cannot key).
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("46").load().migrate();
            jdbc.execute("""
                    do $$
                    declare prev text := repeat('0', 64); at timestamptz;
                    begin
                        for n in 1..%d loop
                            at := timestamptz '2020-01-01 00:00:00Z' + n * interval '1 second';
                            insert into audit_record (seq, occurred_at, actor, case_type, case_id, action, details,
                                                      prev_hash, hash)
                            values (n, at, 'zoe.martin', 'ACCOMPANIMENT', n %% 5000, 'interview-recorded',
                                    'Entretien n° ' || n, prev,
                                    audit_record_hash(n, at, 'zoe.martin', 'ACCOMPANIMENT', n %% 5000,
                                                      'interview-recorded', 'Entretien n° ' || n, prev))
                            returning hash into prev;
                        end loop;
                    end $$""".formatted(ROWS));
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .callbacks(new AuditKeyingSeal(AuditChainMigrationTests.KEY)).load().migrate();
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            AuditChainVerifier verifier = new AuditChainVerifier(jdbc, AuditChainMigrationTests.KEY);

            long start = System.nanoTime();
            ChainReport intact = transaction.execute(status -> verifier.verify());
            long millis = (System.nanoTime() - start) / 1_000_000;
            ChainReport broken = transaction.execute(status -> {
                status.setRollbackOnly();
                jdbc.execute("set local session_replication_role = replica");
                jdbc.update("update audit_record set actor = 'someone.else' where seq = ?", ROWS - 1);
                return verifier.verify();
            });

            assertThat(intact.intact()).isTrue();
            assertThat(intact.checked()).isEqualTo(ROWS);
            assertThat(broken.firstBreak().seq()).isEqualTo(ROWS - 1);
            write("audit chain verification: " + ROWS + " records in " + millis + " ms, max heap "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB\n");
        }
    }

    private static void write(String result) throws IOException {
        Path file = Path.of("target/benchmark/audit-chain.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, result);
    }
}

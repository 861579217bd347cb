package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The migrations apply, in order, to an empty PostgreSQL, and a second run has nothing to do. */
class MigrationTests {

    @Test
    void migrationsApplyToAnEmptyDatabase() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();

            MigrateResult first = flyway.migrate();
            MigrateResult second = flyway.migrate();

            assertThat(first.success).isTrue();
            assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(3);
            assertThat(second.migrationsExecuted).isZero();
            List<String> tables = new JdbcTemplate(dataSource).queryForList(
                    "select table_name from information_schema.tables where table_schema = 'public'", String.class);
            assertThat(tables).contains("organisation", "user_scope", "accompaniment", "audit_record", "plan_axis",
                    "engineering_mission");
        }
    }
}

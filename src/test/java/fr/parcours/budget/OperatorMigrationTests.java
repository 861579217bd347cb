package fr.parcours.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V71 makes the DLA operator registry the one notion of operator: organisations holding the stored DLA_OPERATOR role
 * join the registry, envelopes move to registered operators (or their organisation is registered for their
 * territory), and existing mission costs name the operator whose envelope they charged.
 */
class OperatorMigrationTests {

    @Test
    void existingRolesEnvelopesAndMissionCostsMoveToRegisteredOperators() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(justBefore71()).load()
                    .migrate();
            long roleOnly = organisation(jdbc, "DLA 06 par rôle", "06", "93");
            jdbc.update("insert into organisation_role (organisation_id, role) values (?, 'DLA_OPERATOR')", roleOnly);
            long registered = organisation(jdbc, "DLA du Nord enregistré", "59", "32");
            jdbc.update("insert into dla_operator (organisation_id, region_code, regional) values (?, '32', false)",
                    registered);
            jdbc.update("insert into dla_operator_department values (?, '59')", registered);
            long keyedByTerritory = organisation(jdbc, "Opérateur choisi à part", "59", "32");
            long unknown = organisation(jdbc, "DLA de la Creuse", "23", "75");
            long moved = envelope(jdbc, keyedByTerritory, "32", "59");
            long kept = envelope(jdbc, unknown, "75", "23");
            long structure = organisation(jdbc, "Structure du Nord", "59", "32");
            jdbc.update("insert into accompaniment (business_key, organisation_id, department_code, motive, phase,"
                    + " created_by) values ('DLA-TEST-1', ?, '59', 'Besoin', 'ENGINEERING', 'test')", structure);
            long accompaniment = jdbc.queryForObject("select id from accompaniment", Long.class);
            jdbc.update("insert into budget_mission (accompaniment_id, region_code, department_code, structure_name,"
                    + " consultant_name, agreed_amount, ordered_on, created_at) values (?, '32', '59', 'Structure',"
                    + " 'Cabinet', 1000, date '2025-03-01', now())", accompaniment);

            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("71").load().migrate();

            assertThat(jdbc.queryForList("select role from organisation_role_held where organisation_id = ?",
                    String.class, roleOnly)).containsExactly("DLA_OPERATOR");
            assertThat(jdbc.queryForObject("select count(*) from organisation_role where role = 'DLA_OPERATOR'",
                    Integer.class)).isZero();
            assertThat(departments(jdbc, roleOnly)).containsExactly("06");
            assertThat(operatorOf(jdbc, moved)).isEqualTo(registered);
            assertThat(operatorOf(jdbc, kept)).isEqualTo(unknown);
            assertThat(departments(jdbc, unknown)).containsExactly("23");
            assertThat(jdbc.queryForObject("select operator_id from budget_mission", Long.class)).isEqualTo(registered);
        }
    }

    /** The last migration before V71, whichever it is once other features have added theirs. */
    private static String justBefore71() throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V[0-9]+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .filter(version -> version < 71).max().orElseThrow());
        }
    }

    private static long organisation(JdbcTemplate jdbc, String name, String department, String region) {
        return jdbc.queryForObject("insert into organisation (name, legal_form, kind, city, department_code, region_code)"
                + " values (?, 'Association', 'OPERATOR', 'Ville', ?, ?) returning id", Long.class, name, department, region);
    }

    private static long envelope(JdbcTemplate jdbc, long operator, String region, String department) {
        return jdbc.queryForObject("insert into budget_envelope (operator_id, region_code, department_code, budget_year,"
                + " amount, updated_by, updated_at) values (?, ?, ?, 2025, 50000, 'admin', now()) returning id",
                Long.class, operator, region, department);
    }

    private static Long operatorOf(JdbcTemplate jdbc, long envelope) {
        return jdbc.queryForObject("select operator_id from budget_envelope where id = ?", Long.class, envelope);
    }

    private static java.util.List<String> departments(JdbcTemplate jdbc, long operator) {
        return jdbc.queryForList("select department_code from dla_operator_department where organisation_id = ?",
                String.class, operator);
    }
}

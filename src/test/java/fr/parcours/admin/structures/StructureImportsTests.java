package fr.parcours.admin.structures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.NafCode;
import fr.parcours.organisation.Territory;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import's write on PostgreSQL: every structure and its audit record, or nothing at all. */
@ParcoursIntegrationTest
class StructureImportsTests {

    @Autowired
    StructureImports imports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLineTheDatabaseRefusesRollsBackTheWholeImportAndKeepsTheUpload() {
        String prefix = "Rollback " + System.nanoTime();
        String siret = Scenario.validSiret(System.nanoTime());
        UUID upload = imports.upload("s.csv", "x".getBytes(StandardCharsets.UTF_8), DemoUsers.ADMIN);
        long audited = jdbc.queryForObject("select count(*) from audit_record", Long.class);

        // Two lines with one SIRET: the first is inserted, the second breaks the unique constraint.
        assertThatThrownBy(() -> imports.confirm(upload, List.of(structure(prefix + " 1", siret),
                structure(prefix + " 2", siret)), DemoUsers.ADMIN)).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(jdbc.queryForObject("select count(*) from organisation where name like ?", Integer.class,
                prefix + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record", Long.class)).isEqualTo(audited);
        assertThat(imports.pending(upload, DemoUsers.ADMIN).getFileName()).isEqualTo("s.csv");
        assertThatThrownBy(() -> imports.pending(upload, DemoUsers.OFFICER_NICE))
                .isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void aSiretRegisteredSinceThePreviewRefusesTheImport() {
        String prefix = "Entre-temps " + System.nanoTime();
        String taken = jdbc.queryForObject("select siret from organisation where name = 'PAJE'", String.class);
        UUID upload = imports.upload("s.csv", "x".getBytes(StandardCharsets.UTF_8), DemoUsers.ADMIN);

        assertThatThrownBy(() -> imports.confirm(upload, List.of(structure(prefix + " 1",
                Scenario.validSiret(System.nanoTime())), structure(prefix + " 2", taken)), DemoUsers.ADMIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("select count(*) from organisation where name like ?", Integer.class,
                prefix + "%")).isZero();
    }

    private static StructureDetails structure(String name, String siret) {
        return new StructureDetails(name, siret, LegalForm.ASSOCIATION, NafCode.parse("88.99B"), 4, null, true,
                new Territory("06", "93"), "Nice", null);
    }
}

package fr.parcours.admin.structures.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The structures CSV import through the web: upload, preview with every line's errors, confirmation that imports
 * all lines in one transaction or none, audited once; French spreadsheet files (semicolons, BOM, Windows-1252).
 */
@ParcoursIntegrationTest
class StructureImportControllerTests {

    private static final String ADMIN = DemoUsers.ADMIN;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aValidFileIsPreviewedThenImportedAllAtOnceWithOneAuditRecord() throws Exception {
        StructureFiles.Batch batch = StructureFiles.batch("Import valide", 3);
        // A BOM, columns in another order and case, an extra column, a department without its leading zero.
        String csv = "\uFEFFsiret;NOM;Forme juridique;Code NAF;Effectif;QPV;Département;Commune;Remarque\n"
                + batch.siret(0) + ";" + batch.name(0) + ";Association;88.99B;12;oui;6;Nice;à rappeler\n"
                + batch.siret(1) + ";" + batch.name(1) + ";GIP;8899b;0;non;59;Lille;\n"
                + "\n"
                + batch.siret(2) + ";\"" + batch.name(2) + "; Sud\";scop;94.99Z;3;;2A;Ajaccio;\n";
        String preview = upload(csv.getBytes(StandardCharsets.UTF_8));

        String page = body(preview);
        assertThat(page).contains("Aucune erreur : 3 structure(s)", batch.name(0), "Importer les 3 structures");
        assertThat(batch.count(jdbc)).as("nothing saved before the confirmation").isZero();

        mvc.perform(post(preview).with(logins.as(ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(batch.count(jdbc)).isEqualTo(3);
        Organisation corsican = organisations.findBySiret(batch.siret(2)).orElseThrow();
        assertThat(corsican.getName()).isEqualTo(batch.name(2) + "; Sud");
        assertThat(corsican.getRegionCode()).isEqualTo("94");
        assertThat(corsican.getLegalForm()).isEqualTo("SCOP");
        assertThat(corsican.isQpv()).isFalse();
        Organisation nice = organisations.findBySiret(batch.siret(0)).orElseThrow();
        assertThat(nice.getDepartmentCode()).isEqualTo("06");
        assertThat(nice.isQpv()).isTrue();
        assertThat(jdbc.queryForList("select details from audit_record where action = 'structures-imported'"
                + " and actor = ? and occurred_at > now() - interval '1 minute'", String.class, ADMIN)).contains("3");
        mvc.perform(get(preview).with(logins.as(ADMIN))).andExpect(status().isNotFound());
    }

    @Test
    void everyLineWithAnErrorIsListedAndNothingIsImportedEvenOnConfirmation() throws Exception {
        StructureFiles.Batch batch = StructureFiles.batch("Import fautif", 6);
        String paje = organisations.findByName("PAJE").orElseThrow().getSiret();
        String csv = StructureFiles.HEADER
                + batch.line(0)
                + ";" + batch.siret(1) + ";Association;88.99B;12;oui;06;Nice;;\n"
                + batch.name(2) + ";41234567800013;Association;88.9;douze;peut-être;99;Nice;;\n"
                + "\n"
                + batch.name(3) + ";" + paje + ";Association;88.99B;12;oui;06;Nice;;\n"
                + batch.name(4) + ";" + batch.siret(0) + ";Fondation;88.99B;2;non;06;Nice;;5\n"
                + batch.line(5);
        String preview = upload(csv.getBytes(StandardCharsets.UTF_8));

        String page = body(preview);
        assertThat(page).contains("Rien ne sera importé : 10 erreur(s)")
                .contains("<td>3</td>", "Nom : Ce champ est obligatoire.")
                .contains("<td>4</td>", "SIRET : Ce SIRET n&#39;est pas valide", "Code NAF : Ce code NAF n&#39;est pas valide",
                        "Effectif : Ce n&#39;est pas un nombre entier.", "QPV : Indiquez oui ou non.",
                        "Département : Choisissez un département de la liste.")
                .contains("<td>6</td>", "SIRET : Ce SIRET est déjà enregistré (structure « PAJE »).")
                .contains("<td>7</td>", "SIRET : Ce SIRET figure déjà à la ligne 2 du fichier.",
                        "Forme juridique : Forme juridique inconnue : indiquez Association, GIP, SCIC, SCOP, Autre.",
                        "Contrats aidés : Les contrats aidés ne peuvent pas dépasser le nombre de salarié·es.")
                .doesNotContain("<td>2</td>", "<td>8</td>", "Importer les");

        mvc.perform(post(preview).with(logins.as(ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name(StructureImportController.PREVIEW));
        assertThat(batch.count(jdbc)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class,
                batch.name(0))).isZero();
    }

    @Test
    void aWindowsFileIsReadAsWindows1252AndAMissingColumnIsNamed() throws Exception {
        StructureFiles.Batch batch = StructureFiles.batch("Médiation Café Crème", 1);
        String preview = upload((StructureFiles.HEADER + batch.line(0)).getBytes(Charset.forName("windows-1252")));
        assertThat(body(preview)).contains("Aucune erreur", batch.name(0));
        mvc.perform(post(preview).with(logins.as(ADMIN)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(organisations.findBySiret(batch.siret(0)).orElseThrow().getName()).isEqualTo(batch.name(0));

        String missing = upload("Nom;SIRET;Commune\nA;41234567800012;Nice\n".getBytes(StandardCharsets.UTF_8));
        assertThat(body(missing)).contains("<td>1</td>", "Colonnes obligatoires absentes de la première ligne :"
                + " Forme juridique, Code NAF, Effectif, QPV, Département.");
    }

    @Test
    void fiveThousandLinesImportAtOnceOrNotAtAll() throws Exception {
        StructureFiles.Batch valid = StructureFiles.batch("Lot valide", 5_000);
        String preview = upload(valid.csv().getBytes(StandardCharsets.UTF_8));
        mvc.perform(post(preview).with(logins.as(ADMIN)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(valid.count(jdbc)).isEqualTo(5_000);

        StructureFiles.Batch wrong = StructureFiles.batch("Lot fautif", 5_000);
        String csv = wrong.csv().replace(wrong.siret(4_999), "12345678901234").replace(";" + wrong.siret(10) + ";",
                ";" + wrong.siret(11) + ";");
        String refused = upload(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(body(refused)).contains("Rien ne sera importé : 2 erreur(s)", "<td>5001</td>",
                "<td>13</td>", "Ce SIRET figure déjà à la ligne 12 du fichier");
        mvc.perform(post(refused).with(logins.as(ADMIN)).with(csrf())).andExpect(status().isOk());
        assertThat(wrong.count(jdbc)).isZero();
    }

    @Test
    void anUploadIsItsAdministratorsOnlyAndTheTemplateDescribesTheColumns() throws Exception {
        String other = "admin.import." + System.nanoTime();
        accounts.createIfMissing(other, "Autre", "Admin", DemoUsers.PASSWORD, List.of(Groups.ADMINS),
                UserScope.national(other));
        StructureFiles.Batch batch = StructureFiles.batch("Import privé", 1);
        String preview = upload((StructureFiles.HEADER + batch.line(0)).getBytes(StandardCharsets.UTF_8));

        mvc.perform(get(preview).with(logins.as(other))).andExpect(status().isNotFound());
        mvc.perform(post(preview).with(logins.as(other)).with(csrf())).andExpect(status().isNotFound());
        assertThat(batch.count(jdbc)).isZero();

        byte[] template = mvc.perform(get("/admin/structures/import/template").with(logins.as(ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(template, StandardCharsets.UTF_8)).startsWith("\uFEFF"
                + "Nom;SIRET;Forme juridique;Code NAF;Effectif;QPV;Département;Commune;Secteur;Contrats aidés");
        assertThat(body("/admin/structures/import")).contains("Windows-1252", "oui ou non (vide : non).");
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.COORDINATOR_LILLE, DemoUsers.AUDITOR)) {
            mvc.perform(get("/admin/structures/import").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(multipart("/admin/structures/import").file(new MockMultipartFile("file", "s.csv", "text/csv",
                            StructureFiles.HEADER.getBytes(StandardCharsets.UTF_8))).with(logins.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/structures/import").with(logins.as(ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    private String upload(byte[] content) throws Exception {
        return mvc.perform(multipart("/admin/structures/import")
                        .file(new MockMultipartFile("file", "structures.csv", "text/csv", content))
                        .with(logins.as(ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url).with(logins.as(ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}

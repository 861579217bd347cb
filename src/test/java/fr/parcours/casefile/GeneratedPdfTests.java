package fr.parcours.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.DlaJourney;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every PDF the app generates, opened again with PDFBox: its French text reads back with its accents, its font is
 * embedded, and it is kept as a document of its case (generated, type and SHA-256 audited like an upload).
 */
@ParcoursIntegrationTest
class GeneratedPdfTests {

    private static final String OFFICER = DemoUsers.OFFICER_NICE;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    DlaJourney journey;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDiagnosticSummaryForTheLeadersToSign() throws Exception {
        Accompaniment accompaniment = journey.throughCommittee(1);

        mvc.perform(post("/dla/accompaniments/{id}/diagnostic.pdf", accompaniment.getId()).with(logins.as(OFFICER))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "casefile.pdf.generated"));

        String text = textOf(only("ACCOMPANIMENT", accompaniment.getId(), "DIAGNOSTIC_SUMMARY"));
        assertThat(text).contains("Synthèse du diagnostic partagé", "Présidente, directeur", "Équipe engagée",
                "Organisation à clarifier", "Projet associatif et gouvernance", "Évaluation", "2 · à consolider",
                "Pour la structure (dirigeant·e), date et signature", accompaniment.getBusinessKey());
    }

    @Test
    void theCahierDesChargesAndTheConsultantSelectionPv() throws Exception {
        Accompaniment accompaniment = journey.throughCommittee(1);
        journey.throughEngineering(accompaniment);
        long mission = jdbc.queryForObject("select id from engineering_mission where accompaniment_id = ?", Long.class,
                accompaniment.getId());

        mvc.perform(post("/dla/accompaniments/{id}/missions/{m}/specifications.pdf", accompaniment.getId(), mission)
                .with(logins.as(OFFICER)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/dla/accompaniments/{id}/missions/{m}/selection-pv.pdf", accompaniment.getId(), mission)
                .with(logins.as(OFFICER)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/dla/accompaniments/{id}/missions/{m}/selection-pv.pdf", accompaniment.getId(), mission)
                .with(logins.as(DemoUsers.OFFICER_LILLE)).with(csrf())).andExpect(status().isNotFound());

        assertThat(textOf(only("ACCOMPANIMENT", accompaniment.getId(), "SPECIFICATIONS")))
                .contains("Cahier des charges : Ingénierie 1", "Clarifier les rôles", "État des lieux, organigramme cible",
                        "7 200,00 €");
        assertThat(textOf(only("ACCOMPANIMENT", accompaniment.getId(), "SELECTION_PV")))
                .contains("Procès-verbal de choix du prestataire", "France Médiation", "Prestataire retenu",
                        "PV : France Médiation retenue (meilleure note)", "Non retenu", "Retenu");
        assertThat(jdbc.queryForList("select action from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ?"
                + " and action = 'case-document-generated'", String.class, accompaniment.getId())).hasSize(2);
    }

    @Test
    void theCahierDesChargesOfACollective() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.mobilisedWithOneStructure();
        mvc.perform(post("/collective/{id}/specifications.pdf", collective.getId())
                .with(logins.as(CollectiveScenario.COORDINATOR)).with(csrf())).andExpect(status().isNotFound());
        collectiveScenario.writeSpecifications(collective);

        mvc.perform(post("/collective/{id}/specifications.pdf", collective.getId())
                .with(logins.as(CollectiveScenario.COORDINATOR)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/collective/{id}/specifications.pdf", collective.getId())
                .with(logins.as(collectiveScenario.coordinatorOfProvence())).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(textOf(only("COLLECTIVE", collective.getId(), "SPECIFICATIONS")))
                .contains("Cahier des charges : DLA collectif médiation sociale", "Actions concrètes et pistes de financement",
                        "région 32");
    }

    @Test
    void theAttendanceSheetOfACouncilMeetingAndTheActivitySheet() throws Exception {
        Council council = councilScenario.parisCouncil(2, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        jdbc.update("update council_member set full_name = 'Hélène Dupré-Žižek' where id = (select min(id)"
                + " from council_member where council_id = ?)", council.getId());
        CouncilCycle cycle = councilScenario.startCycle(council);
        councilScenario.toMeeting(cycle, facilitator);
        councilScenario.holdMeeting(cycle, facilitator, List.of("Nettoyer le square"));
        long meeting = jdbc.queryForObject("select id from council_meeting where cycle_id = ?", Long.class,
                cycle.getId());

        mvc.perform(post("/councils/{c}/meetings/{m}/attendance.pdf", council.getId(), meeting)
                .with(logins.as(facilitator)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/councils/{c}/meetings/{m}/attendance.pdf", council.getId(), meeting)
                .with(logins.as(DemoUsers.AUDITOR)).with(csrf())).andExpect(status().isForbidden());
        assertThat(textOf(only("COUNCIL", council.getId(), "ATTENDANCE_SHEET")))
                .contains("Feuille d'émargement du 20/04/2017", council.getName(), "Hélène Dupré-Žižek", "Présent·e",
                        "Habitants", "Signature");

        mvc.perform(post("/councils/activity/pdf").param("facilitator", facilitator).param("from", "2017-04-01")
                .param("to", "2017-04-30").with(logins.as(facilitator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(textOf(only("COUNCIL", council.getId(), "ACTIVITY_SHEET")))
                .contains("Fiche de suivi d'activité", "du 01/04/2017 au 30/04/2017", "Réunion du conseil",
                        "Mobiliser la participation des habitants", "Visa de la coordination");
        mvc.perform(post("/councils/activity/pdf").param("facilitator", facilitator).param("from", "2001-01-01")
                        .param("to", "2001-01-31").with(logins.as(facilitator)).with(csrf()))
                .andExpect(flash().attribute("warning", "casefile.pdf.activity.empty"));
    }

    /** The one document of this type in the case, its bytes checked to be a PDF with every font embedded. */
    private byte[] only(String caseType, long caseId, String type) throws IOException {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select c.content, d.media_type, d.generated from case_document d
                join case_document_content c on c.document_id = d.id
                where d.case_type = ? and d.case_id = ? and d.document_type = ?""", caseType, caseId, type);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("media_type", "application/pdf").containsEntry("generated", true);
        byte[] pdf = (byte[]) rows.get(0).get("content");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font " + font.getName() + " embedded").isTrue();
                }
            }
        }
        return pdf;
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Table cells wrap their text: compare with every run of spaces and line breaks as one space.
            return new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0\u202f]+", " ");
        }
    }
}

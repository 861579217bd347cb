package fr.parcours.dla.followup.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_FOLLOW_UP;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_IDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.followup.FollowUpReports;
import fr.parcours.dla.followup.FollowUpService;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class IndicatorsExportControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Scenario scenario;
    @Autowired
    Logins logins;
    @Autowired
    FollowUpService followUps;

    @Test
    void exportsTheDepartmentsCasesForFrenchExcel() throws Exception {
        Accompaniment accompaniment = closedAfterOneFollowUp();

        byte[] body = mvc.perform(get("/dla/indicators.csv").with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, StandardCharsets.UTF_8).substring(1);
        assertThat(csv).startsWith("Dossier;Structure;Département;Étape;Points de suivi;Emplois consolidés;"
                + "Contrats aidés pérennisés;Financements obtenus (€);Clôturé le");
        assertThat(csv.lines().filter(line -> line.startsWith(accompaniment.getBusinessKey() + ";Structure test ")))
                .singleElement().asString()
                .endsWith(";06;Clôturé;1;3;2;10250,50;" + LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    @Test
    void anOfficerOfAnotherDepartmentDoesNotGetTheseCases() throws Exception {
        Accompaniment accompaniment = closedAfterOneFollowUp();

        String csv = mvc.perform(get("/dla/indicators.csv").with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).doesNotContain(accompaniment.getBusinessKey());
    }

    @Test
    void aConsultantCannotExport() throws Exception {
        mvc.perform(get("/dla/indicators.csv").with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isForbidden());
    }

    private Accompaniment closedAfterOneFollowUp() {
        Accompaniment accompaniment = scenario.openAt(TASK_FOLLOW_UP, Map.of(VAR_ENGINEERING_AXIS_IDS, new ArrayList<>()));
        followUps.record(accompaniment.getId(), FollowUpReports.ordinary(3, 2, "10250.5"));
        followUps.close(accompaniment.getId());
        return accompaniment;
    }
}

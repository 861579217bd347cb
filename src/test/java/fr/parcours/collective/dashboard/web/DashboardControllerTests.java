package fr.parcours.collective.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.adultesrelais.AgreementScenario;
import fr.parcours.collective.deliverables.Deliverables;
import fr.parcours.collective.deliverables.DeliverablesService;
import fr.parcours.collective.deliverables.FundingStatus;
import fr.parcours.collective.process.DlaCollectiveProcess;
import fr.parcours.collective.tracks.TrackOutcome;
import fr.parcours.collective.tracks.TrackReport;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class DashboardControllerTests {

    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    DeliverablesService deliverables;
    @Autowired
    TaskService taskService;
    @Autowired
    Scenario scenario;
    @Autowired
    AgreementScenario agreementScenario;

    @Test
    void theDashboardShowsOneRowPerStructureTheTotalsAndTheChartWithItsTable() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Long> participations = collectiveScenario.toFirstSession(collective, 2);
        deliverables.record(participations.get(0), new Deliverables("Plan", LocalDate.now(), 3, 1, List.of(
                new Deliverables.FundingLead("Région", new BigDecimal("20000"), FundingStatus.OBTAINED,
                        new BigDecimal("12500"))), Map.of()), COORDINATOR);
        agreementScenario.madePermanent(participations.get(0), 1, COORDINATOR);

        String html = mvc.perform(get("/collective/{id}/dashboard", collective.getId()).with(logins.as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/dashboard"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"dashboard\"", "id=\"totals\"", "id=\"dashboard-chart\"",
                "/webjars/chart.js/4.4.1/dist/chart.umd.js", "data-participation=\"" + participations.get(1) + "\"",
                "/structures/" + participations.get(0) + "/deliverables");
        assertThat(html).doesNotContain("cdn.");
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
        mvc.perform(get("/collective/{id}", collective.getId()).with(logins.as(COORDINATOR)))
                .andExpect(content().string(containsString("/collective/" + collective.getId() + "/dashboard")));
    }

    @Test
    void theCsvExportHasAByteOrderMarkFrenchHeadersOneLinePerStructureAndTheTotals() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Long> participations = collectiveScenario.toFirstSession(collective, 2);
        deliverables.record(participations.get(0), new Deliverables("Plan", LocalDate.now(), 3, 1, List.of(
                new Deliverables.FundingLead("Région", new BigDecimal("20000.5"), FundingStatus.APPLIED, null)),
                Map.of()), COORDINATOR);
        agreementScenario.madePermanent(participations.get(0), 1, COORDINATOR);

        byte[] body = mvc.perform(get("/collective/{id}/dashboard.csv", collective.getId()).with(logins.as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString(collective.getBusinessKey())))
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();

        assertThat(csv).startsWith("\uFEFF");
        assertThat(lines.get(0)).startsWith("\uFEFFStructure;Étape en cours;Sessions suivies / tenues;Plan d'action");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).startsWith("Total;;;1;1;0;0;3;1;20000,50;0,00");
    }

    @Test
    void theCoordinatorSeesEachStructuresCurrentStepOnItsRowNotAmongTheCollectiveSteps() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        collectiveScenario.toFirstSession(collective, 2);

        String html = mvc.perform(get("/collective/{id}/dashboard", collective.getId()).with(logins.as(COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        int start = html.indexOf("id=\"collective-tasks\"");
        String collectiveSteps = html.substring(start, html.indexOf("</ul>", start));
        assertThat(collectiveSteps).contains("Tenir une session collective")
                .doesNotContain("Recueillir les besoins de la structure");
        assertThat(html.split("Recueillir les besoins de la structure", -1)).hasSize(3);
    }

    @Test
    void aStructureThatDroppedOutIsLabelledOnThePageAndInTheCsvAndLeftOutOfTheTotals() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Long> participations = collectiveScenario.toFirstSession(collective, 2);
        for (Long participation : participations) {
            deliverables.record(participation, new Deliverables("Plan", LocalDate.now(), 2, 1, List.of(
                    new Deliverables.FundingLead("Région", new BigDecimal("1000"), FundingStatus.LEAD, null)),
                    Map.of()), COORDINATOR);
            agreementScenario.madePermanent(participation, 1, COORDINATOR);
        }
        Task needs = taskService.createTaskQuery().processInstanceId(collective.getProcessInstanceId())
                .taskDefinitionKey(DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS).list().stream()
                .filter(task -> participations.get(1).equals(taskService.getVariable(task.getId(),
                        DlaCollectiveProcess.VAR_PARTICIPATION_ID))).findFirst().orElseThrow();
        scenario.complete(needs, COORDINATOR, DlaCollectiveProcess.VAR_SUBMISSION, new TrackReport(null,
                TrackOutcome.DROPPED_OUT, "Dissolution de l'association", COORDINATOR));
        String dropped = "Sortie le " + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now());

        String html = mvc.perform(get("/collective/{id}/dashboard", collective.getId()).with(logins.as(COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String csv = mvc.perform(get("/collective/{id}/dashboard.csv", collective.getId()).with(logins.as(COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains(dropped + " — hors totaux", "Dissolution de l&#39;association",
                "id=\"dropped-out-note\"", "Structures sorties du collectif : 1.");
        assertThat(csv.lines().filter(line -> line.contains(dropped))).singleElement()
                .satisfies(line -> assertThat(line).contains("hors totaux : Dissolution de l'association"));
        assertThat(csv.lines().toList().get(3)).startsWith("Total;;;1;1;0;0;2;1;1000,00;0,00");
    }

    @Test
    void otherRolesAreForbidden() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();

        mvc.perform(get("/collective/{id}/dashboard", collective.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/collective/{id}/dashboard.csv", collective.getId()).with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isForbidden());
    }
}

package fr.parcours.collective.region.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.deliverables.DeliverablesExamples;
import fr.parcours.collective.deliverables.FundingStatus;
import fr.parcours.collective.region.RegionalExamples;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ParcoursIntegrationTest
class RegionalControllerTests {

    private static final String REGION = "03";

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    RegionalExamples examples;
    @Autowired
    CollectiveScenario collectiveScenario;

    @Test
    void theCoordinatorSeesTheRegionsCollectivesAndExportsThemWithTotals() throws Exception {
        RegionalExamples.Opened first = examples.open(REGION, "Collectif médiation sociale", LocalDate.now(), 2);
        examples.deliver(first, first.participations().get(0), DeliverablesExamples.full(3, 1, List.of(
                DeliverablesExamples.lead("Région", "20000.5", FundingStatus.OBTAINED, "12500"))));
        RegionalExamples.Opened second = examples.open(REGION, "Collectif adultes-relais", LocalDate.now(), 1);

        String html = mvc.perform(get("/collective/region").with(logins.as(first.coordinator())))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/region"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"region-view\"", "id=\"totals\"",
                "data-collective=\"" + first.collective().getId() + "\"",
                "data-collective=\"" + second.collective().getId() + "\"",
                "/collective/" + first.collective().getId() + "/dashboard", "/collective/region.csv?region=" + REGION,
                "id=\"region-phases\"", "id=\"region-chart\"", "/webjars/chart.js/4.4.1/dist/chart.umd.js",
                "/js/collective-region.js");
        assertThat(html).contains("data-phase=\"WORK\"", "data-on-time=\"2\"", "data-late=\"0\"")
                .doesNotContain("cdn.");
        mvc.perform(get("/js/collective-region.js")).andExpect(status().isOk());

        byte[] body = mvc.perform(get("/collective/region.csv").with(logins.as(first.coordinator())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("vue-regionale-" + REGION)))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> lines = new String(body, StandardCharsets.UTF_8).lines().toList();

        assertThat(lines.get(0)).startsWith("\uFEFFNuméro;Intitulé;Région;Date de début;Fin prévue;En retard;"
                + "Structures participantes;Abandons;Séances tenues;Structures aux livrables complets;");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith(first.collective().getBusinessKey() + ";Collectif médiation sociale;"
                + REGION + ";").endsWith(";non;2;0;0;1;3;1;20000,50;12500,00");
        assertThat(lines.get(3)).isEqualTo("Totaux;;;;;0;3;0;0;1;3;1;20000,50;12500,00");
        mvc.perform(get("/collective").with(logins.as(first.coordinator())))
                .andExpect(content().string(containsString("/collective/region")));
    }

    @Test
    void anotherRegionsCoordinatorSeesNoneOfThemButAnAdminDoes() throws Exception {
        RegionalExamples.Opened opened = examples.open("04", "Collectif d'une autre région", LocalDate.now(), 1);
        String other = collectiveScenario.coordinatorOfProvence();

        String html = mvc.perform(get("/collective/region").param("region", "04").with(logins.as(other)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String csv = mvc.perform(get("/collective/region.csv").param("region", "04").with(logins.as(other)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("data-collective=\"" + opened.collective().getId() + "\"");
        assertThat(csv).doesNotContain(opened.collective().getBusinessKey());

        mvc.perform(get("/collective/region").param("region", "04").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-collective=\"" + opened.collective().getId() + "\"")));
    }

    @Test
    void aTitleASpreadsheetWouldRunAsAFormulaIsExportedAsText() throws Exception {
        RegionalExamples.Opened opened = examples.open("05", "=HYPERLINK(\"http://example.org\")", LocalDate.now(), 1);

        String csv = mvc.perform(get("/collective/region.csv").with(logins.as(opened.coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).contains(opened.collective().getBusinessKey() + ";\"'=HYPERLINK(\"\"http://example.org\"\")\";05;")
                .doesNotContain(";=HYPERLINK");
    }

    @Test
    void anOfficerIsRefused() throws Exception {
        mvc.perform(get("/collective/region").with(logins.as(DemoUsers.OFFICER_NICE))).andExpect(status().isForbidden());
        mvc.perform(get("/collective/region.csv").with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isForbidden());
    }
}

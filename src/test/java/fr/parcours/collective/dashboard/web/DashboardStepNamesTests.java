package fr.parcours.collective.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard names the current steps in the reader's language; its CSV, French throughout, in French. */
@ParcoursIntegrationTest
class DashboardStepNamesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    CollectiveScenario collectiveScenario;

    @Test
    void anEnglishReaderSeesEnglishStepsOnThePageAndFrenchOnesInTheFrenchCsv() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        collectiveScenario.toFirstSession(collective, 2);

        String html = read("/collective/{id}/dashboard?lang=en", collective.getId());
        int start = html.indexOf("id=\"collective-tasks\"");
        assertThat(html.substring(start, html.indexOf("</ul>", start))).contains("Hold a collective session")
                .doesNotContain("Tenir une session collective");
        assertThat(html.split("Gather the structure&#39;s needs", -1)).as("one per structure").hasSize(3);
        assertThat(html).doesNotContain("Recueillir les besoins de la structure");

        String csv = read("/collective/{id}/dashboard.csv?lang=en", collective.getId());
        assertThat(csv).contains("Étape en cours").contains(";Recueillir les besoins de la structure;")
                .doesNotContain("Gather the structure");
    }

    private String read(String path, Object... variables) throws Exception {
        return mvc.perform(get(path, variables).with(logins.as(CollectiveScenario.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

package fr.parcours.tasklist.web;

import static fr.parcours.tasklist.web.TaskListCases.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A step keeps its French BPMN name for French readers and shows its English name to English ones: in the task
 * list and its filter, in the task form's header and on the case page.
 */
@ParcoursIntegrationTest
class StepNamesInTaskListTests {

    private static final String FRENCH_REVIEW = "Étudier la demande (accueil)";
    private static final String ENGLISH_REVIEW = "Review the request (intake)";

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    TaskListCases cases;
    @Autowired
    AccompanimentRepository accompaniments;

    @Test
    void theTaskListNamesADlaTaskInTheReadersLanguage() throws Exception {
        String name = uniqueName("Step names");
        Task review = cases.open(DemoUsers.OFFICER_NICE, name, "06", "93");

        String english = page("/?view=groups&organisation={name}&lang=en", name);
        assertThat(taskLine(english, review)).contains(">" + ENGLISH_REVIEW + "<").doesNotContain(FRENCH_REVIEW);
        assertThat(english).as("the task type filter").contains(">Hold a diagnostic interview<")
                .doesNotContain(">Mener un entretien de diagnostic<");

        String french = page("/?view=groups&organisation={name}&lang=fr", name);
        assertThat(taskLine(french, review)).contains(">" + FRENCH_REVIEW + "<").doesNotContain(ENGLISH_REVIEW);
        assertThat(french).contains(">Mener un entretien de diagnostic<");
    }

    @Test
    void theTaskFormAndTheCasePageNameTheStepInTheReadersLanguage() throws Exception {
        Task review = cases.open(DemoUsers.OFFICER_NICE, uniqueName("Step names form"), "06", "93");
        long caseId = accompaniments.findByProcessInstanceId(review.getProcessInstanceId()).orElseThrow().getId();

        assertThat(page("/dla/tasks/{id}/intake-review?lang=en", review.getId()))
                .contains("<h1 class=\"h3\">" + ENGLISH_REVIEW + "</h1>").doesNotContain(FRENCH_REVIEW);
        assertThat(page("/dla/tasks/{id}/intake-review?lang=fr", review.getId()))
                .contains("<h1 class=\"h3\">" + FRENCH_REVIEW + "</h1>");
        assertThat(page("/dla/accompaniments/{id}?lang=en", caseId)).contains(ENGLISH_REVIEW)
                .doesNotContain(FRENCH_REVIEW);
        assertThat(page("/dla/accompaniments/{id}?lang=fr", caseId)).contains(FRENCH_REVIEW);
    }

    private String page(String path, Object... variables) throws Exception {
        return mvc.perform(get(path, variables).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String taskLine(String html, Task task) {
        int start = html.indexOf("data-task-id=\"" + task.getId() + "\"");
        assertThat(start).as("the task's line").isPositive();
        int end = html.indexOf("</tr>", start);
        return html.substring(start, end);
    }
}

package fr.parcours.dla.diagnostic.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_ASSESS_THEMES;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_VALIDATE_DIAGNOSTIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.diagnostic.Theme;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ParcoursIntegrationTest
class ThemeAssessmentControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Scenario scenario;
    @Autowired
    Logins logins;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsOneRowPerTheme() throws Exception {
        Accompaniment opened = scenario.openAt(TASK_ASSESS_THEMES, Map.of());
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_ASSESS_THEMES);

        mvc.perform(get("/dla/tasks/{id}/theme-assessment", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/diagnostic/theme-assessment"))
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(model().attribute("themeList", Theme.values()));
    }

    @Test
    void aMissingOrOutOfRangeThemeIsRefusedAndChangesNothing() throws Exception {
        Accompaniment opened = scenario.openAt(TASK_ASSESS_THEMES, Map.of());
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_ASSESS_THEMES);

        mvc.perform(complete(task, Map.of("themes[0].level", "5", "themes[3].strengths", "",
                        "themes[4].level", "0", "themes[5].level", "trois")))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/diagnostic/theme-assessment"))
                .andExpect(content().string(not(containsString("??"))))
                .andExpect(model().attributeHasFieldErrorCode("form", "themes[0].level", "Max"))
                .andExpect(model().attributeHasFieldErrorCode("form", "themes[3].strengths", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "themes[4].level", "Min"))
                .andExpect(model().attributeHasFieldErrorCode("form", "themes[5].level", "typeMismatch"));
        mvc.perform(complete(task, Map.of("themes[7].strengths", "Un thème de trop", "themes[7].weaknesses", "x",
                        "themes[7].level", "2")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "themes", "Size"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(rows(opened)).isZero();
    }

    @Test
    void theSevenThemesAreRecordedAndTheValidationFollows() throws Exception {
        Accompaniment opened = scenario.openAt(TASK_ASSESS_THEMES, Map.of());
        Task task = scenario.task(opened.getProcessInstanceId(), TASK_ASSESS_THEMES);

        mvc.perform(complete(task, Map.of()))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("success", "task.completed"));

        assertThat(jdbc.queryForList("select theme from theme_assessment where accompaniment_id = ?", String.class,
                opened.getId())).containsExactlyInAnyOrderElementsOf(List.of(Theme.values()).stream().map(Theme::name).toList());
        scenario.task(opened.getProcessInstanceId(), TASK_VALIDATE_DIAGNOSTIC);
    }

    /** A complete, valid sheet, with the test's own values replacing or adding parameters. */
    private MockHttpServletRequestBuilder complete(Task task, Map<String, String> overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < Theme.values().length; i++) {
            params.put("themes[" + i + "].strengths", "Forces " + i);
            params.put("themes[" + i + "].weaknesses", "Faiblesses " + i);
            params.put("themes[" + i + "].level", String.valueOf(1 + i % 4));
        }
        params.putAll(overrides);
        MockHttpServletRequestBuilder request = post("/dla/tasks/{id}/theme-assessment", task.getId())
                .with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf());
        params.forEach(request::param);
        return request;
    }

    private int rows(Accompaniment accompaniment) {
        return jdbc.queryForObject("select count(*) from theme_assessment where accompaniment_id = ?", Integer.class,
                accompaniment.getId());
    }
}

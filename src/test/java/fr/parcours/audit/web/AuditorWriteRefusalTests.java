package fr.parcours.audit.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REVIEW_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Auditors change nothing but their own password: every other write endpoint of the app, found from Spring MVC's own mappings (so a
 * new one is covered without editing this test), refuses an auditor with a valid CSRF token.
 */
@ParcoursIntegrationTest
class AuditorWriteRefusalTests {

    private static final Set<RequestMethod> WRITES =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyWriteEndpointRefusesAnAuditorAndChangesNothing() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        Task task = scenario.task(accompaniment.getProcessInstanceId(), TASK_REVIEW_REQUEST);
        List<String[]> endpoints = writeEndpoints(task.getId(), accompaniment.getId());
        assertThat(endpoints).extracting(endpoint -> endpoint[1])
                .contains("/dla/accompaniments", "/tasks/" + task.getId() + "/claim",
                        "/dla/tasks/" + task.getId() + "/intake-review");
        Map<String, Object> before = state(task.getId());

        List<String> admitted = new ArrayList<>();
        for (String[] endpoint : endpoints) {
            int status = mvc.perform(request(HttpMethod.valueOf(endpoint[0]), endpoint[1])
                            .param("motive", "Tentative d'audit").param("organisationId", "1")
                            .with(logins.as(DemoUsers.AUDITOR)).with(csrf()))
                    .andReturn().getResponse().getStatus();
            if (status != 403 && status != 404) {
                admitted.add(endpoint[0] + " " + endpoint[1] + " → " + status);
            }
        }

        assertThat(admitted).as("write endpoints that let an auditor in").isEmpty();
        assertThat(state(task.getId())).isEqualTo(before);
    }

    /** Method and concrete path of every write mapping, with real ids in place of path variables. */
    private List<String[]> writeEndpoints(String taskId, long caseId) {
        List<String[]> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (!WRITES.contains(method)) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/profile/")) {
                        // One's own password is an account, not a case: auditors change it like everyone.
                        continue;
                    }
                    String path = pattern.replace("{taskId}", taskId).replace("{id}", String.valueOf(caseId))
                            .replaceAll("\\{[^}]+}", "1");
                    endpoints.add(new String[] {method.name(), path});
                }
            }
        }
        return endpoints;
    }

    private Map<String, Object> state(String taskId) {
        return jdbc.queryForMap("""
                select (select count(*) from accompaniment) as accompaniments,
                       (select count(*) from audit_record) as records,
                       (select count(*) from organisation) as organisations,
                       (select count(*) from act_ru_task) as tasks,
                       (select count(*) from act_hi_varinst) as variables,
                       (select assignee_ from act_ru_task where id_ = ?) as assignee""", taskId);
    }
}

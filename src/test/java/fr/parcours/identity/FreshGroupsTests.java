package fr.parcours.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A session keeps the groups it had at login, but every request reads the memberships anew: a facilitator removed
 * from a council stops seeing and claiming its tasks at once, one assigned sees them without logging in again.
 */
@ParcoursIntegrationTest
class FreshGroupsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    TaskService taskService;

    @Test
    void aFacilitatorRemovedFromACouncilLosesItsTasksInTheSameSession() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        Task task = firstTaskOfANewCycle(council);
        RequestPostProcessor sessionFromBefore = logins.as(facilitator);
        assertThat(groupTasksPage(sessionFromBefore)).contains(task.getId());

        councilScenario.remove(council.getId(), facilitator);

        assertThat(groupTasksPage(sessionFromBefore)).doesNotContain(task.getId());
        mvc.perform(post("/tasks/{id}/claim", task.getId()).with(sessionFromBefore).with(csrf()));
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void aFacilitatorAssignedToACouncilSeesItsTasksWithoutLoggingInAgain() throws Exception {
        String facilitator = councilScenario.facilitatorOf(councilScenario.parisCouncil(1, 1));
        RequestPostProcessor sessionFromBefore = logins.as(facilitator);
        Council council = councilScenario.parisCouncil(1, 1);
        Task task = firstTaskOfANewCycle(council);
        assertThat(groupTasksPage(sessionFromBefore)).doesNotContain(task.getId());

        councilScenario.assign(council.getId(), facilitator);

        assertThat(groupTasksPage(sessionFromBefore)).contains(task.getId());
        mvc.perform(post("/tasks/{id}/claim", task.getId()).with(sessionFromBefore).with(csrf()));
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo(facilitator);
    }

    private Task firstTaskOfANewCycle(Council council) {
        String pid = councilScenario.startCycle(council).getProcessInstanceId();
        return taskService.createTaskQuery().processInstanceId(pid).singleResult();
    }

    private String groupTasksPage(RequestPostProcessor session) throws Exception {
        return mvc.perform(get("/").param("view", "groups").with(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}

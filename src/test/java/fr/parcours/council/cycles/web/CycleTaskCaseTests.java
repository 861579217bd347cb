package fr.parcours.council.cycles.web;

import static fr.parcours.council.process.CouncilCycleProcess.TASK_RECORD_MOBILISATION;
import static fr.parcours.council.process.CouncilCycleProcess.VAR_COUNCIL_ID;
import static fr.parcours.council.process.CouncilCycleProcess.VAR_CYCLE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.identity.Groups;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A cycle form works on the cycle of its task's process instance, found in the app's table: the instance's
 * {@code councilId} and {@code cycleId} variables, which an engine user could overwrite, are never trusted.
 */
@ParcoursIntegrationTest
class CycleTaskCaseTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    private Council council;
    private String facilitator;
    private CouncilCycle cycle;
    private CouncilCycle otherCycle;

    @BeforeEach
    void twoCouncils() {
        council = councilScenario.parisCouncil(2, 1);
        facilitator = councilScenario.facilitatorOf(council);
        cycle = councilScenario.startCycle(council);
        Council other = councilScenario.parisCouncil(2, 1);
        councilScenario.facilitatorOf(other);
        otherCycle = councilScenario.startCycle(other);
    }

    @Test
    void aFormWritesToTheCycleOfItsTaskWhateverTheVariablesName() throws Exception {
        runtimeService.setVariable(cycle.getProcessInstanceId(), VAR_COUNCIL_ID, otherCycle.getCouncilId());
        runtimeService.setVariable(cycle.getProcessInstanceId(), VAR_CYCLE_ID, otherCycle.getId());
        Task task = scenario.task(cycle.getProcessInstanceId(), TASK_RECORD_MOBILISATION);

        mvc.perform(mobilisation(task)).andExpect(redirectedUrl("/councils/" + council.getId()));

        assertThat(mobilisationsOf(cycle)).isOne();
        assertThat(mobilisationsOf(otherCycle)).isZero();
    }

    @Test
    void aCandidateOutOfTheCouncilsReachGets404EvenWhenTheVariablesNameACouncilInReach() throws Exception {
        identityService.createMembership(facilitator, Groups.councilFacilitatorsOf(otherCycle.getCouncilId()));
        runtimeService.setVariable(otherCycle.getProcessInstanceId(), VAR_COUNCIL_ID, council.getId());
        runtimeService.setVariable(otherCycle.getProcessInstanceId(), VAR_CYCLE_ID, cycle.getId());
        Task task = scenario.task(otherCycle.getProcessInstanceId(), TASK_RECORD_MOBILISATION);

        mvc.perform(get("/councils/tasks/{id}/mobilisation", task.getId()).with(logins.as(facilitator)))
                .andExpect(status().isNotFound());
        mvc.perform(mobilisation(task)).andExpect(status().isNotFound());

        assertThat(mobilisationsOf(cycle)).isZero();
        assertThat(mobilisationsOf(otherCycle)).isZero();
    }

    private MockHttpServletRequestBuilder mobilisation(Task task) {
        return post("/councils/tasks/{id}/mobilisation", task.getId()).with(logins.as(facilitator)).with(csrf())
                .param("kind", "DOOR_TO_DOOR").param("heldOn", "2017-04-01").param("contactsMade", "30")
                .param("newMembers", "2");
    }

    private int mobilisationsOf(CouncilCycle of) {
        return jdbc.queryForObject("select count(*) from council_mobilisation_action where cycle_id = ?", Integer.class,
                of.getId());
    }
}

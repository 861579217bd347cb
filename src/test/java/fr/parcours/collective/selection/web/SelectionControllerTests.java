package fr.parcours.collective.selection.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_PRESELECT_CONSULTANTS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECEIVE_PROPOSALS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_SCORE_PROPOSALS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_VALIDATE_CHOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.selection.CollectiveCandidate;
import fr.parcours.collective.selection.CollectiveSelection;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.Organisation;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The four selection forms of a collective: bad input changes nothing; scope and role are enforced. */
@ParcoursIntegrationTest
class SelectionControllerTests {

    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    CollectiveSelection selection;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPreselectionOfTwoOrOfAStructureIsRefusedAndChangesNothingThenThreeConsultantsAreRecorded() throws Exception {
        CollectiveAccompaniment collective = toPreselection();
        Task task = task(collective, TASK_PRESELECT_CONSULTANTS);
        Organisation structure = collectiveScenario.structures(1).get(0);
        List<Long> firms = firms();

        for (List<Long> ids : List.of(firms.subList(0, 2), List.of(firms.get(0), firms.get(1), structure.getId()))) {
            mvc.perform(post("/collective/tasks/{id}/preselection", task.getId()).with(logins.as(COORDINATOR))
                            .with(csrf()).param("consultantIds", ids.stream().map(String::valueOf).toArray(String[]::new)))
                    .andExpect(status().isOk())
                    .andExpect(view().name("collective/selection")).andExpect(model().attribute("step", "preselection"))
                    .andExpect(model().attributeHasFieldErrors("form", "consultantIds"));
        }
        assertThat(candidates(collective)).isZero();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

        mvc.perform(post("/collective/tasks/{id}/preselection", task.getId()).with(logins.as(COORDINATOR))
                        .with(csrf()).param("consultantIds", firms.stream().map(String::valueOf).toArray(String[]::new)))
                .andExpect(status().is3xxRedirection());
        assertThat(candidates(collective)).isEqualTo(3);
        assertThat(task(collective, TASK_RECEIVE_PROPOSALS)).isNotNull();
    }

    @Test
    void aReceivedProposalWithoutDateOrAmountIsRefusedAndChangesNothing() throws Exception {
        CollectiveAccompaniment collective = toPreselection();
        List<CollectiveCandidate> candidates = preselect(collective);
        Task task = task(collective, TASK_RECEIVE_PROPOSALS);

        mvc.perform(post("/collective/tasks/{id}/proposals", task.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("lines[0].candidateId", candidates.get(0).getId().toString())
                        .param("lines[0].received", "true").param("lines[0].days", "20")
                        .param("lines[1].candidateId", candidates.get(1).getId().toString())
                        .param("lines[2].candidateId", candidates.get(2).getId().toString()))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/selection")).andExpect(model().attribute("step", "proposals"))
                .andExpect(model().attributeHasFieldErrors("form", "lines[0].receivedOn", "lines[0].amount"));

        assertThat(jdbc.queryForObject("select count(*) from collective_candidate where collective_id = ?"
                + " and proposal_received is not null", Integer.class, collective.getId())).isZero();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void aScoreOffTheGridIsRefusedAndChangesNothing() throws Exception {
        CollectiveAccompaniment collective = toPreselection();
        List<CollectiveCandidate> candidates = preselect(collective);
        receiveTwoProposals(collective, candidates);
        Task task = task(collective, TASK_SCORE_PROPOSALS);

        mvc.perform(post("/collective/tasks/{id}/scores", task.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("lines[0].candidateId", candidates.get(0).getId().toString())
                        .param("lines[0].understanding", "25").param("lines[0].method", "10")
                        .param("lines[0].team", "10").param("lines[0].price", "10")
                        .param("lines[1].candidateId", candidates.get(1).getId().toString())
                        .param("lines[1].understanding", "10").param("lines[1].method", "10")
                        .param("lines[1].team", "10"))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/selection")).andExpect(model().attribute("step", "scores"))
                .andExpect(model().attributeHasFieldErrors("form", "lines[0].understanding", "lines[1].price"));

        assertThat(jdbc.queryForObject("select count(*) from collective_candidate where collective_id = ?"
                + " and score_understanding is not null", Integer.class, collective.getId())).isZero();
    }

    @Test
    void aChoiceWithoutMinutesOrOfAConsultantWithoutProposalIsRefusedThenTheChoiceNotifiesEveryConsultant()
            throws Exception {
        CollectiveAccompaniment collective = toPreselection();
        List<CollectiveCandidate> candidates = preselect(collective);
        receiveTwoProposals(collective, candidates);
        scoreTwoProposals(collective, candidates);
        Task task = task(collective, TASK_VALIDATE_CHOICE);

        mvc.perform(post("/collective/tasks/{id}/choice", task.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("candidateId", candidates.get(2).getId().toString()).param("minutes", " ")
                        .param("decidedOn", LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isOk())
                .andExpect(view().name("collective/selection")).andExpect(model().attribute("step", "choice"))
                .andExpect(model().attributeHasFieldErrors("form", "candidateId", "minutes", "decidedOn"));
        assertThat(notices(collective)).isZero();
        assertThat(jdbc.queryForObject("select consultant_organisation_id from collective_accompaniment where id = ?",
                Long.class, collective.getId())).isNull();

        mvc.perform(post("/collective/tasks/{id}/choice", task.getId()).with(logins.as(COORDINATOR)).with(csrf())
                        .param("candidateId", candidates.get(1).getId().toString())
                        .param("minutes", "Comité de pilotage : meilleure note").param("decidedOn", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForList("select outcome from collective_consultant_notice where collective_id = ?"
                + " order by organisation_id", String.class, collective.getId()))
                .containsExactlyInAnyOrder("NOT_RETAINED", "RETAINED", "NO_PROPOSAL");
        assertThat(jdbc.queryForObject("select consultant_organisation_id from collective_accompaniment where id = ?",
                Long.class, collective.getId())).isEqualTo(candidates.get(1).getOrganisation().getId());
        String page = mvc.perform(get("/collective/{id}", collective.getId()).with(logins.as(COORDINATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"selection\"", candidates.get(1).getOrganisation().getName(),
                "Comité de pilotage : meilleure note", "Pas de proposition");
    }

    @Test
    void anotherRegionNeverSeesTheFormNorItsCollectiveAndAnOfficerGets403OnEverySelectionForm() throws Exception {
        CollectiveAccompaniment collective = toPreselection();
        String provence = collectiveScenario.coordinatorOfProvence();
        Task task = task(collective, TASK_PRESELECT_CONSULTANTS);

        // A task outside the user's groups is "gone" for them (TaskGoneAdvice); the collective itself is a 404.
        mvc.perform(get("/collective/tasks/{id}/preselection", task.getId()).with(logins.as(provence)))
                .andExpect(redirectedUrl("/")).andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(post("/collective/tasks/{id}/preselection", task.getId()).with(logins.as(provence)).with(csrf())
                        .param("consultantIds", firms().stream().map(String::valueOf).toArray(String[]::new)))
                .andExpect(redirectedUrl("/")).andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(get("/collective/{id}", collective.getId()).with(logins.as(provence)))
                .andExpect(status().isNotFound());
        for (String form : List.of("preselection", "proposals", "scores", "choice")) {
            mvc.perform(get("/collective/tasks/{id}/" + form, task.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                    .andExpect(status().isForbidden());
        }
        assertThat(candidates(collective)).isZero();
        mvc.perform(get("/collective/tasks/{id}/preselection", task.getId()).with(logins.as(COORDINATOR)))
                .andExpect(status().isOk()).andExpect(view().name("collective/selection"))
                .andExpect(model().attribute("step", "preselection"));
    }

    private CollectiveAccompaniment toPreselection() {
        CollectiveAccompaniment collective = collectiveScenario.mobilisedWithOneStructure();
        collectiveScenario.writeSpecifications(collective);
        return collective;
    }

    private List<Long> firms() {
        return List.of(collectiveScenario.franceMediation().getId(), collectiveScenario.newConsultant().getId(),
                collectiveScenario.newConsultant().getId());
    }

    private List<CollectiveCandidate> preselect(CollectiveAccompaniment collective) throws Exception {
        mvc.perform(post("/collective/tasks/{id}/preselection", task(collective, TASK_PRESELECT_CONSULTANTS).getId())
                        .with(logins.as(COORDINATOR)).with(csrf())
                        .param("consultantIds", firms().stream().map(String::valueOf).toArray(String[]::new)))
                .andExpect(status().is3xxRedirection());
        return selection.candidatesOf(collective.getId());
    }

    /** The first two candidates send a proposal, the third does not. */
    private void receiveTwoProposals(CollectiveAccompaniment collective, List<CollectiveCandidate> candidates)
            throws Exception {
        String today = LocalDate.now().toString();
        mvc.perform(post("/collective/tasks/{id}/proposals", task(collective, TASK_RECEIVE_PROPOSALS).getId())
                        .with(logins.as(COORDINATOR)).with(csrf())
                        .param("lines[0].candidateId", candidates.get(0).getId().toString())
                        .param("lines[0].received", "true").param("lines[0].receivedOn", today)
                        .param("lines[0].amount", "15000").param("lines[0].days", "20")
                        .param("lines[1].candidateId", candidates.get(1).getId().toString())
                        .param("lines[1].received", "true").param("lines[1].receivedOn", today)
                        .param("lines[1].amount", "17000").param("lines[1].days", "22")
                        .param("lines[2].candidateId", candidates.get(2).getId().toString()))
                .andExpect(status().is3xxRedirection());
    }

    private void scoreTwoProposals(CollectiveAccompaniment collective, List<CollectiveCandidate> candidates)
            throws Exception {
        mvc.perform(post("/collective/tasks/{id}/scores", task(collective, TASK_SCORE_PROPOSALS).getId())
                        .with(logins.as(COORDINATOR)).with(csrf())
                        .param("lines[0].candidateId", candidates.get(0).getId().toString())
                        .param("lines[0].understanding", "12").param("lines[0].method", "12")
                        .param("lines[0].team", "10").param("lines[0].price", "12")
                        .param("lines[1].candidateId", candidates.get(1).getId().toString())
                        .param("lines[1].understanding", "18").param("lines[1].method", "17")
                        .param("lines[1].team", "13").param("lines[1].price", "11"))
                .andExpect(status().is3xxRedirection());
    }

    private Task task(CollectiveAccompaniment collective, String key) {
        return scenario.task(collective.getProcessInstanceId(), key);
    }

    private int candidates(CollectiveAccompaniment collective) {
        return jdbc.queryForObject("select count(*) from collective_candidate where collective_id = ?", Integer.class,
                collective.getId());
    }

    private int notices(CollectiveAccompaniment collective) {
        return jdbc.queryForObject("select count(*) from collective_consultant_notice where collective_id = ?",
                Integer.class, collective.getId());
    }
}

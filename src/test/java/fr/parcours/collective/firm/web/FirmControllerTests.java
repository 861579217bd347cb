package fr.parcours.collective.firm.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_SESSION;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.selection.CollectiveCandidate;
import fr.parcours.collective.selection.CollectiveNotices;
import fr.parcours.collective.selection.CollectiveSelection;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.selection.NoticeOutcome;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The chosen firm's consultants see and hold the sessions of their collectives, and nothing else. */
@ParcoursIntegrationTest
class FirmControllerTests {

    /** Inès Fabre works for France Médiation, the firm {@code CollectiveScenario.selectConsultant} chooses. */
    private static final String CHOSEN = DemoUsers.CONSULTANT;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CollectiveSelection selection;
    @Autowired
    UserAccounts accounts;

    @Test
    void theChosenFirmSeesTheStructuresAndSessionsOfItsCollectiveAndAnotherFirmGets404() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        collectiveScenario.toFirstSession(collective, 2);
        String structure = jdbc.queryForObject("select o.name from collective_participation p join organisation o"
                + " on o.id = p.organisation_id where p.collective_id = ? order by o.name limit 1", String.class,
                collective.getId());
        String other = collectiveScenario.consultantOfAnotherFirm();

        assertThat(body("/collective/firm", CHOSEN)).contains(collective.getBusinessKey());
        mvc.perform(get("/collective/firm/{id}", collective.getId()).with(logins.as(CHOSEN)))
                .andExpect(status().isOk()).andExpect(view().name("collective/firm-collective"));
        assertThat(body("/collective/firm/" + collective.getId(), CHOSEN)).contains(structure, "id=\"structures\"")
                .doesNotContain("id=\"selection\"", "Comité de pilotage");

        assertThat(body("/collective/firm", other)).doesNotContain(collective.getBusinessKey());
        mvc.perform(get("/collective/firm/{id}", collective.getId()).with(logins.as(other)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCollectiveStillInSelectionIsNotTheFirmsEvenIfPreselected() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.mobilisedWithOneStructure();

        mvc.perform(get("/collective/firm/{id}", collective.getId()).with(logins.as(CHOSEN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void consultantsAreKeptOutOfTheCoordinatorsPagesAndOthersOutOfTheFirmPages() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        collectiveScenario.toFirstSession(collective, 1);
        Task needs = scenario.task(collective.getProcessInstanceId(), TASK_RECORD_STRUCTURE_NEEDS);

        mvc.perform(get("/collective/{id}", collective.getId()).with(logins.as(CHOSEN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/collective/tasks/{id}/track", needs.getId()).with(logins.as(CHOSEN)))
                .andExpect(status().isForbidden());
        for (String user : List.of(DemoUsers.OFFICER_LILLE, CollectiveScenario.COORDINATOR)) {
            mvc.perform(get("/collective/firm").with(logins.as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theChosenFirmHoldsASessionAndAnotherFirmCanNeitherOpenNorCompleteIt() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        List<Long> participations = collectiveScenario.toFirstSession(collective, 2);
        Task task = scenario.task(collective.getProcessInstanceId(), TASK_HOLD_SESSION);
        String other = collectiveScenario.consultantOfAnotherFirm();

        // Outside the task's candidate groups: the task is "gone" for them (TaskGoneAdvice), never shown.
        mvc.perform(get("/collective/tasks/{id}/session", task.getId()).with(logins.as(other)))
                .andExpect(redirectedUrl("/")).andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(post("/collective/tasks/{id}/session", task.getId()).with(logins.as(other)).with(csrf())
                        .param("heldOn", "2017-01-17").param("theme", "FUNDING")
                        .param("presentIds", participations.get(0).toString()).param("moreSessions", "true"))
                .andExpect(redirectedUrl("/")).andExpect(flash().attribute("warning", "task.gone"));
        assertThat(sessions(collective)).isZero();

        mvc.perform(get("/collective/tasks/{id}/session", task.getId()).with(logins.as(CHOSEN)))
                .andExpect(status().isOk()).andExpect(view().name("collective/session"));
        mvc.perform(post("/collective/tasks/{id}/session", task.getId()).with(logins.as(CHOSEN)).with(csrf())
                        .param("heldOn", "2017-01-17").param("theme", "FUNDING")
                        .param("presentIds", participations.get(0).toString(), participations.get(1).toString())
                        .param("moreSessions", "true"))
                .andExpect(redirectedUrl("/collective/firm/" + collective.getId()));
        assertThat(sessions(collective)).isEqualTo(1);
    }

    @Test
    void everyPreselectedFirmReadsItsOwnOutcomeAndNothingElseOfTheCollective() throws Exception {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        collectiveScenario.toFirstSession(collective, 1);
        List<CollectiveCandidate> candidates = selection.candidatesOf(collective.getId());
        String notRetained = userOf(candidates.get(1).getOrganisation());
        String withoutProposal = userOf(candidates.get(2).getOrganisation());
        String structure = jdbc.queryForObject("select o.name from collective_participation p join organisation o"
                + " on o.id = p.organisation_id where p.collective_id = ?", String.class, collective.getId());

        assertThat(notices(CHOSEN)).anySatisfy(notice -> assertThat(notice).isEqualTo(new CollectiveNotices.Addressed(
                LocalDate.now(), collective.getTitle(), "32", NoticeOutcome.RETAINED)));
        assertThat(notices(notRetained)).containsExactly(new CollectiveNotices.Addressed(LocalDate.now(),
                collective.getTitle(), "32", NoticeOutcome.NOT_RETAINED));
        assertThat(notices(withoutProposal)).extracting(CollectiveNotices.Addressed::outcome)
                .containsExactly(NoticeOutcome.NO_PROPOSAL);
        assertThat(body("/collective/firm", notRetained)).contains("id=\"notices\"", collective.getTitle(), "Non retenu")
                .doesNotContain(collective.getBusinessKey(), structure, "France Médiation",
                        candidates.get(2).getOrganisation().getName(), "Comité de pilotage", "18000", "18\u00a0000");
        mvc.perform(get("/collective/firm/{id}", collective.getId()).with(logins.as(notRetained)))
                .andExpect(status().isNotFound());

        String other = collectiveScenario.consultantOfAnotherFirm();
        assertThat(notices(other)).isEmpty();
        assertThat(body("/collective/firm", other)).doesNotContain("id=\"notices\"");
    }

    private String userOf(Organisation firm) {
        String userId = "collective.notice." + firm.getId();
        accounts.createIfMissing(userId, "Test", "Présélectionné", DemoUsers.PASSWORD, List.of(Groups.CONSULTANTS),
                UserScope.organisation(userId, firm.getId()));
        return userId;
    }

    @SuppressWarnings("unchecked")
    private List<CollectiveNotices.Addressed> notices(String user) throws Exception {
        return (List<CollectiveNotices.Addressed>) mvc.perform(get("/collective/firm").with(logins.as(user)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("notices");
    }

    private String body(String url, String user) throws Exception {
        return mvc.perform(get(url).with(logins.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private int sessions(CollectiveAccompaniment collective) {
        return jdbc.queryForObject("select count(*) from collective_session where collective_id = ?", Integer.class,
                collective.getId());
    }
}

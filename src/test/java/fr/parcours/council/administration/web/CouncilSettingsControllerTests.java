package fr.parcours.council.administration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ParcoursIntegrationTest
class CouncilSettingsControllerTests {

    private static final String COORDINATOR_PARIS = "coord.draw-idf";

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void coordinatorOfIleDeFrance() {
        accounts.createIfMissing(COORDINATOR_PARIS, "Corinne", "Test", DemoUsers.PASSWORD,
                List.of(Groups.COORDINATORS), UserScope.region(COORDINATOR_PARIS, "11"));
    }

    @Test
    void theRegionsCoordinatorFoundsEditsAndStaffsACouncil() throws Exception {
        String name = "Conseil citoyen Belleville " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(get("/councils/new").with(logins.as(COORDINATOR_PARIS)))
                .andExpect(status().isOk()).andExpect(view().name("council/council-form"));

        mvc.perform(councilForm(post("/councils/new"), name).param("neighbourhoods", "Belleville")
                        .with(logins.as(COORDINATOR_PARIS)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "council.form.created"));
        long councilId = jdbc.queryForObject("select id from council where name = ? and region_code = '11'"
                + " and department_code = '75' and prefect_order_date = date '2016-10-14'", Long.class, name);

        mvc.perform(councilForm(post("/councils/{id}/edit", councilId), name).with(logins.as(COORDINATOR_PARIS))
                        .param("neighbourhoods", "Belleville, Fontaine au Roi").param("charterDate", "2017-01-12"))
                .andExpect(flash().attribute("success", "council.form.updated"));
        assertThat(jdbc.queryForObject("select neighbourhoods || ' ' || charter_date from council where id = ?",
                String.class, councilId)).isEqualTo("Belleville, Fontaine au Roi 2017-01-12");
        assertThat(jdbc.queryForList("select action from audit_record where case_type = 'COUNCIL' and case_id = ?"
                + " order by id", String.class, councilId)).containsExactly("council-created", "council-updated");

        String facilitator = "fac.draw-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.createIfMissing(facilitator, "Samir", "Test", DemoUsers.PASSWORD, List.of(Groups.FACILITATORS),
                UserScope.department(facilitator, "11", "75"));
        String northern = "fac.draw-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.createIfMissing(northern, "Lucie", "Test", DemoUsers.PASSWORD, List.of(Groups.FACILITATORS),
                UserScope.department(northern, "32", "59"));
        mvc.perform(post("/councils/{id}/facilitators", councilId).with(logins.as(COORDINATOR_PARIS)).with(csrf())
                .param("facilitatorId", northern)).andExpect(flash().attribute("warning", "council.form.facilitator-refused"));
        mvc.perform(post("/councils/{id}/facilitators", councilId).with(logins.as(COORDINATOR_PARIS)).with(csrf())
                .param("facilitatorId", facilitator)).andExpect(flash().attribute("success", "council.form.facilitator-assigned"));
        assertThat(jdbc.queryForList("select user_id from council_facilitator where council_id = ?", String.class,
                councilId)).containsExactly(facilitator);
        mvc.perform(get("/councils/{id}", councilId).with(logins.as(facilitator))).andExpect(status().isOk());
    }

    @Test
    void theRegionsCoordinatorRemovesAFacilitatorWhoThenLosesTheCouncilAndItsTasks() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String removed = councilScenario.facilitatorOf(council);
        String staying = councilScenario.facilitatorOf(council);
        String group = Groups.councilFacilitatorsOf(council.getId());
        String pid = councilScenario.startCycle(council).getProcessInstanceId();
        Task claimed = taskService.createTaskQuery().processInstanceId(pid).singleResult();
        taskService.claim(claimed.getId(), removed);

        mvc.perform(post("/councils/{id}/facilitators/{f}/remove", council.getId(), removed)
                        .with(logins.as(COORDINATOR_PARIS)).with(csrf()))
                .andExpect(redirectedUrl("/councils/" + council.getId() + "/edit"))
                .andExpect(flash().attribute("success", "council.form.facilitator-removed"));

        assertThat(jdbc.queryForList("select user_id from council_facilitator where council_id = ?", String.class,
                council.getId())).containsExactly(staying);
        assertThat(identityService.createUserQuery().userId(removed).memberOfGroup(group).count()).isZero();
        assertThat(taskService.createTaskQuery().taskId(claimed.getId()).singleResult().getAssignee()).isNull();
        assertThat(taskService.createTaskQuery().processInstanceId(pid).taskCandidateUser(removed).count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(pid).taskCandidateUser(staying).count()).isOne();
        assertThat(jdbc.queryForList("select details from audit_record where case_type = 'COUNCIL' and case_id = ?"
                + " and action = 'council-facilitator-removed'", String.class, council.getId())).containsExactly(removed);
        mvc.perform(get("/councils/{id}", council.getId()).with(logins.as(removed))).andExpect(status().isNotFound());
        // The grant Camunda gave them when they claimed the task left with them: to them it is gone.
        mvc.perform(get("/councils/tasks/{t}/mobilisation", claimed.getId()).with(logins.as(removed)))
                .andExpect(redirectedUrl("/")).andExpect(flash().attribute("warning", "task.gone"));
        mvc.perform(get("/councils/{id}", council.getId()).with(logins.as(staying))).andExpect(status().isOk());

        mvc.perform(post("/councils/{id}/facilitators/{f}/remove", council.getId(), removed)
                        .with(logins.as(COORDINATOR_PARIS)).with(csrf()))
                .andExpect(flash().attribute("warning", "council.form.facilitator-not-assigned"));
        assertThat(jdbc.queryForObject("select count(*) from audit_record where case_type = 'COUNCIL' and case_id = ?"
                + " and action = 'council-facilitator-removed'", Integer.class, council.getId())).isOne();
    }

    @Test
    void onlyTheRegionsCoordinatorsAndAdminsRemoveAFacilitator() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        String colleague = councilScenario.facilitatorOf(council);

        mvc.perform(post("/councils/{id}/facilitators/{f}/remove", council.getId(), colleague)
                .with(logins.as(facilitator)).with(csrf())).andExpect(status().isForbidden());
        for (String outsider : List.of(DemoUsers.COORDINATOR_LILLE,
                councilScenario.facilitatorOf(councilScenario.parisCouncil(1, 1)))) {
            mvc.perform(post("/councils/{id}/facilitators/{f}/remove", council.getId(), colleague)
                    .with(logins.as(outsider)).with(csrf())).andExpect(status().isNotFound());
        }
        mvc.perform(post("/councils/{id}/facilitators/{f}/remove", council.getId(), colleague)
                .with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf())).andExpect(status().isForbidden());
        assertThat(jdbc.queryForList("select user_id from council_facilitator where council_id = ?", String.class,
                council.getId())).containsExactlyInAnyOrder(facilitator, colleague);

        mvc.perform(post("/councils/{id}/facilitators/{f}/remove", council.getId(), colleague)
                        .with(logins.as(DemoUsers.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("success", "council.form.facilitator-removed"));
        assertThat(jdbc.queryForList("select user_id from council_facilitator where council_id = ?", String.class,
                council.getId())).containsExactly(facilitator);
    }

    @Test
    void badInputRedisplaysTheFormWithFieldErrorsAndSavesNothing() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String name = "Conseil citoyen refusé " + UUID.randomUUID().toString().substring(0, 6);

        mvc.perform(post("/councils/new").with(logins.as(COORDINATOR_PARIS)).with(csrf())
                        .param("name", " ").param("city", "Paris 20e").param("regionCode", "32")
                        .param("departmentCode", "75x").param("charterDate", LocalDate.now().plusDays(5).toString()))
                .andExpect(status().isOk()).andExpect(view().name("council/council-form"))
                .andExpect(model().attributeHasFieldErrors("councilForm", "name", "regionCode", "departmentCode",
                        "charterDate"));
        mvc.perform(councilForm(post("/councils/new"), council.getName()).with(logins.as(COORDINATOR_PARIS)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("councilForm", "name", "council.form.name-taken"));
        mvc.perform(councilForm(post("/councils/new"), name).param("departmentCode", "59")
                        .with(logins.as(COORDINATOR_PARIS)))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("councilForm", "departmentCode"));
        mvc.perform(councilForm(post("/councils/{id}/edit", council.getId()), "").with(logins.as(COORDINATOR_PARIS)))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("councilForm", "name"));

        assertThat(jdbc.queryForObject("select count(*) from council where name = ?", Integer.class, name)).isZero();
        assertThat(jdbc.queryForObject("select name from council where id = ?", String.class, council.getId()))
                .isEqualTo(council.getName());
    }

    @Test
    void facilitatorsOfficersAndOtherRegionsCannotReshapeACouncil() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        String stranger = councilScenario.facilitatorOf(councilScenario.parisCouncil(1, 1));
        String renamed = "Conseil détourné " + UUID.randomUUID().toString().substring(0, 6);

        mvc.perform(get("/councils/new").with(logins.as(facilitator))).andExpect(status().isForbidden());
        mvc.perform(councilForm(post("/councils/new"), renamed).with(logins.as(facilitator)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/councils/{id}/edit", council.getId()).with(logins.as(facilitator)))
                .andExpect(status().isForbidden());
        mvc.perform(councilForm(post("/councils/{id}/edit", council.getId()), renamed).with(logins.as(facilitator)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/councils/{id}/facilitators", council.getId()).with(logins.as(facilitator)).with(csrf())
                .param("facilitatorId", facilitator)).andExpect(status().isForbidden());
        for (String outsider : List.of(stranger, DemoUsers.COORDINATOR_LILLE)) {
            mvc.perform(get("/councils/{id}/edit", council.getId()).with(logins.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(councilForm(post("/councils/{id}/edit", council.getId()), renamed).with(logins.as(outsider)))
                    .andExpect(status().isNotFound());
        }
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.AUDITOR)) {
            mvc.perform(get("/councils/new").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(councilForm(post("/councils/new"), renamed).with(logins.as(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(councilForm(post("/councils/new"), renamed).with(logins.as(DemoUsers.COORDINATOR_LILLE)))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("councilForm", "regionCode"));

        assertThat(jdbc.queryForObject("select count(*) from council where name = ?", Integer.class, renamed)).isZero();
        assertThat(jdbc.queryForObject("select name from council where id = ?", String.class, council.getId()))
                .isEqualTo(council.getName());
    }

    /** A Paris council carried by no structure, set up by the préfet's arrêté of 14 October 2016. */
    private static MockHttpServletRequestBuilder councilForm(MockHttpServletRequestBuilder request, String name) {
        return request.with(csrf()).param("name", name).param("city", "Paris 20e").param("regionCode", "11")
                .param("departmentCode", "75").param("prefectOrderDate", "2016-10-14");
    }
}

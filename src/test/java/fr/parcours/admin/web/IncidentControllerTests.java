package fr.parcours.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A failed job whose retries ran out shows on the administrators' incidents page, with its error and a retry. */
@ParcoursIntegrationTest
class IncidentControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorSeesAFailedStepWithItsErrorAndRetriesIt() throws Exception {
        Incident incident = failedJob();

        String page = mvc.perform(get("/admin/incidents").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-incident-id=\"" + incident.getId() + "\"", "Task_Broken", "Relancer l’étape");
        String detail = mvc.perform(get("/admin/incidents/{id}", incident.getId()).with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("brokenBeanForIncidentTest");

        mvc.perform(post("/admin/incidents/{id}/retry", incident.getId()).with(logins.as(DemoUsers.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("success", "admin.incidents.retried"));
        Job job = managementService.createJobQuery().jobId(incident.getConfiguration()).singleResult();
        assertThat(job.getRetries()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'incident-retried'"
                + " and actor = ? and details = 'Task_Broken'", Long.class, DemoUsers.ADMIN)).isPositive();

        // Once retried, the incident is resolved: it is gone.
        mvc.perform(post("/admin/incidents/{id}/retry", incident.getId()).with(logins.as(DemoUsers.ADMIN)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/incidents/{id}", incident.getId()).with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsSeeIncidents() throws Exception {
        for (String user : new String[] {DemoUsers.OFFICER_NICE, DemoUsers.AUDITOR, DemoUsers.COORDINATOR_LILLE}) {
            mvc.perform(get("/admin/incidents").with(logins.as(user))).andExpect(status().isForbidden());
        }
    }

    /** A process whose asynchronous step calls a bean that does not exist, run until its retries are spent. */
    private Incident failedJob() {
        String key = "incident-test-" + UUID.randomUUID().toString().substring(0, 8);
        repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn",
                Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask("Task_Broken").camundaAsyncBefore()
                        .camundaExpression("${brokenBeanForIncidentTest.call()}").endEvent().done()).deploy();
        String instance = runtimeService.startProcessInstanceByKey(key).getId();
        Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(catchThrowable(() -> managementService.executeJob(job.getId()))).isNotNull();
        }
        return runtimeService.createIncidentQuery().processInstanceId(instance).singleResult();
    }
}

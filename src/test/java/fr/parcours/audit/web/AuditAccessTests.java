package fr.parcours.audit.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.UserAccounts;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The audit pages are for auditors and admins, and show an auditor only the cases of their scope. */
@ParcoursIntegrationTest
class AuditAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    UserAccounts accounts;

    @Test
    void aCaseOutsideTheAuditorsScopeIsNotFound() throws Exception {
        Accompaniment nice = scenario.openInNice();
        String regional = AuditUsers.regionalAuditor(accounts);

        for (String path : new String[] {"/audit/cases/{id}", "/audit/cases/{id}/diagram-data",
                "/audit/cases/{id}/diagram.bpmn"}) {
            mvc.perform(get(path, nice.getId()).with(logins.as(regional))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/audit/cases/{id}", Long.MAX_VALUE).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAuditorsAndAdminsOpenTheAuditPages() throws Exception {
        Accompaniment nice = scenario.openInNice();

        for (String user : new String[] {DemoUsers.OFFICER_NICE, DemoUsers.CONSULTANT, DemoUsers.COORDINATOR_LILLE,
                DemoUsers.FACILITATOR_PARIS}) {
            for (String path : new String[] {"/audit/cases/{id}", "/audit/cases/{id}/diagram-data"}) {
                mvc.perform(get(path, nice.getId()).with(logins.as(user))).andExpect(status().isForbidden());
            }
            mvc.perform(get("/audit/search").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/audit/search.csv").with(logins.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/audit/cases/{id}", nice.getId()).with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk());
    }
}

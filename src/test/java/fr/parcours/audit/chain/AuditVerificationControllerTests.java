package fr.parcours.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.Period;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The check page is for auditors and administrators, and only reads. */
@ParcoursIntegrationTest
class AuditVerificationControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;

    @Test
    void anAuditorRunsTheCheckAndSeesTheRetention() throws Exception {
        mvc.perform(get("/audit/verification").param("run", "true").with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(view().name("audit-chain/verification"))
                .andExpect(result -> assertThat(((ChainReport) result.getModelAndView().getModel().get("report"))
                        .intact()).isTrue())
                .andExpect(model().attribute("retention", Period.ofYears(10)))
                .andExpect(content().string(Matchers.containsString("Chaîne intacte")));
    }

    @Test
    void theCheckRunsOnlyOnRequestAndSpeaksEnglishToo() throws Exception {
        mvc.perform(get("/audit/verification").param("lang", "en").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(model().attributeDoesNotExist("report"))
                .andExpect(content().string(Matchers.containsString("Check the chain")));
    }

    @Test
    void othersMayNotOpenIt() throws Exception {
        for (String user : new String[] {DemoUsers.OFFICER_NICE, DemoUsers.CONSULTANT, DemoUsers.COORDINATOR_LILLE,
                DemoUsers.FACILITATOR_PARIS}) {
            mvc.perform(get("/audit/verification").with(logins.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/audit/verification")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anAuditorCannotPostToIt() throws Exception {
        mvc.perform(post("/audit/verification").with(csrf()).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isMethodNotAllowed());
    }
}

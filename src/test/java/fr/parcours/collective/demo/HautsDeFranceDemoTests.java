package fr.parcours.collective.demo;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_SESSION;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_WORK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveAccompanimentRepository;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's Hauts-de-France collective (switched off in tests, so seeded here): once, whatever the nodes. */
@ParcoursIntegrationTest
class HautsDeFranceDemoTests {

    @Autowired
    HautsDeFranceDemo demo;
    @Autowired
    CollectiveAccompanimentRepository collectives;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;

    @Test
    void twoNodesStartingTogetherSeedItOnceAndARestartAddsNothing() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> seedAfter(go));
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> seedAfter(go));
        go.countDown();

        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        assertThat(demo.seedOnce()).isFalse();

        List<CollectiveAccompaniment> seeded = collectives.findByRegionCodeOrderByCreatedAtDesc("32").stream()
                .filter(c -> c.getTitle().equals(HautsDeFranceDemo.TITLE)).toList();
        assertThat(seeded).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from organisation where name = 'Médiation Lille Sud'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from demo_seed where name = ?", Integer.class,
                HautsDeFranceDemo.SEED_NAME)).isEqualTo(1);
        assertLiveMidWay(seeded.get(0));
    }

    private boolean seedAfter(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return demo.seedOnce();
    }

    /** Seven structures listed, six at the meeting, one gone, three sessions, one delivered: and nadia sees it. */
    private void assertLiveMidWay(CollectiveAccompaniment collective) throws Exception {
        long id = collective.getId();
        assertThat(jdbc.queryForList("select status from collective_participation where collective_id = ?",
                String.class, id)).hasSize(7)
                .containsOnly("INVITED", "PARTICIPATING", "DROPPED_OUT")
                .filteredOn("PARTICIPATING"::equals).hasSize(5);
        assertThat(jdbc.queryForObject("select sum(adultes_relais_agreements) from collective_participation"
                + " where collective_id = ? and has_mediation_project", Integer.class, id)).isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from collective_session where collective_id = ?",
                Integer.class, id)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from collective_participation where collective_id = ?"
                + " and delivered_on is not null", Integer.class, id)).isEqualTo(1);
        String pid = collective.getProcessInstanceId();
        assertThat(taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(TASK_HOLD_SESSION).count())
                .isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(TASK_RECORD_STRUCTURE_WORK)
                .count()).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where case_type = 'COLLECTIVE' and case_id = ?"
                + " and actor = ?", Integer.class, id, DemoUsers.COORDINATOR_LILLE)).isGreaterThan(10);
        assertThat(jdbc.queryForList("select p.role || ' ' || o.name from collective_partner p join organisation o"
                + " on o.id = p.organisation_id where p.collective_id = ? order by p.role, o.name", String.class, id))
                .containsExactly("CARRIER CRESS Hauts-de-France", "CARRIER France Médiation", "OPERATOR Nord Actif");

        String dashboard = mvc.perform(get("/collective/{id}/dashboard", id).with(logins.as(DemoUsers.COORDINATOR_LILLE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("Médiation Lille Sud", "Roubaix Médiation Sociale", "Tourcoing Lien Social");
        // CITER in figures and the avoided-cost estimate, never without its assumptions; a post made permanent.
        assertThat(dashboard).contains("citer-figures", "heures de présence", "citer-estimate",
                "Hypothèse de démonstration : coût moyen d&#39;une remise en état");
        assertThat(jdbc.queryForList("""
                select r.status from adulte_relais_agreement r join collective_participation p
                    on p.organisation_id = r.organisation_id where p.collective_id = ? order by r.id""", String.class, id))
                .containsExactly("MADE_PERMANENT", "ACTIVE", "ACTIVE");
        mvc.perform(get("/collective/{id}", id).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().is4xxClientError());
    }
}

package fr.parcours.reporting.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.audit.AuditRecord;
import fr.parcours.audit.AuditTrail;
import fr.parcours.audit.CaseEvent;
import fr.parcours.audit.chain.AuditChainVerifier;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's past year has an audit trail: each case's steps, dated when they happened, appended through the audit
 * module in the seeding transaction, readable by the auditor, and the chain still verifies.
 */
@ParcoursIntegrationTest
class PastYearTrailTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500) + 500);

    @Autowired
    PastYearDemo demo;
    @Autowired
    FinishedCases cases;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;

    @Test
    void eachCaseHasTheTrailOfItsStepsDatedWhenTheyHappened() {
        LocalDate today = LocalDate.now();
        List<Long> ids = seedOwnDepartment(today);

        assertThat(ids).hasSize(PastYearDemo.CASES_PER_DEPARTMENT);
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            List<AuditRecord> timeline = trail.timeline(CaseEvent.ACCOMPANIMENT, id);
            List<String> actions = timeline.stream().map(AuditRecord::getAction).toList();
            assertThat(timeline).extracting(AuditRecord::getOccurredAt).isSorted()
                    .allSatisfy(at -> assertThat(at).isBetween(noon(today.minusMonths(26)), noon(today)));
            assertThat(timeline).extracting(AuditRecord::getActor).containsOnly(FinishedCases.WHO);
            assertThat(timeline.get(0).getOccurredAt()).isEqualTo(instant("select created_at from accompaniment"
                    + " where id = ?", id));
            if (i % 7 == 3) {
                assertThat(actions).containsExactly("opened", "intake-referred");
                assertThat(timeline.get(1).getDetails()).isEqualTo("France Active");
                continue;
            }
            long missions = jdbc.sql("select count(*) from engineering_mission where accompaniment_id = ?").param(id)
                    .query(Long.class).single();
            assertThat(actions).startsWith("opened", "intake-accepted", "diagnostic-validated", "plan-recorded",
                    "committee-opinion-recorded").endsWith("follow-up-recorded", "closed");
            assertThat(actions).filteredOn("launch-meeting-recorded"::equals).hasSize((int) missions);
            assertThat(actions).filteredOn("satisfaction-recorded"::equals).hasSize((int) missions);
            assertThat(actions).filteredOn("mission-assessed"::equals).hasSize((int) missions);
            assertThat(actions).hasSize(7 + 3 * (int) missions);
            assertThat(timeline.get(timeline.size() - 1).getOccurredAt()).isEqualTo(instant(
                    "select closed_at from accompaniment_closure where accompaniment_id = ?", id));
            assertThat(timeline.get(timeline.size() - 1).getDetails()).startsWith("DLA-");
        }
        assertThat(jdbc.sql("select count(*) from audit_record where case_type = :type and case_id in (:ids) and"
                        + " (details like '%Consolider%' or details like '%Organisation clarifiée%'"
                        + " or details like '%Objectifs atteints%' or details like '%Présidence%')")
                .param("type", CaseEvent.ACCOMPANIMENT).param("ids", ids).query(Long.class).single())
                .as("free texts of the cases in the trail").isZero();
    }

    @Test
    void theAuditorReadsTheTrailOnTheCasePageInOrder() throws Exception {
        long id = seedOwnDepartment(LocalDate.now()).get(0);

        String html = mvc.perform(get("/audit/cases/{id}", id).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Matcher shown = Pattern.compile("data-action=\"([^\"]+)\"").matcher(html);
        List<String> actions = new ArrayList<>();
        while (shown.find()) {
            actions.add(shown.group(1));
        }
        assertThat(actions).isNotEmpty().isEqualTo(trail.timeline(CaseEvent.ACCOMPANIMENT, id).stream()
                .map(AuditRecord::getAction).toList());
        assertThat(html).contains("Demande enregistrée", "Mission évaluée", "Accompagnement clôturé");
    }

    @Test
    void theChainVerifiesThoughTheRecordsAreOlderThanTheirPredecessors() {
        List<Long> ids = seedOwnDepartment(LocalDate.now());

        long olderThanPredecessor = jdbc.sql("""
                        select count(*) from audit_record r join audit_record p on p.seq = r.seq - 1
                         where r.case_type = :type and r.case_id in (:ids) and r.occurred_at < p.occurred_at""")
                .param("type", CaseEvent.ACCOMPANIMENT).param("ids", ids).query(Long.class).single();
        assertThat(olderThanPredecessor).isPositive();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aRestartAppendsNothingAndAnOlderPastYearGetsItsTrailOnce() {
        String code = Integer.toString(SEQUENCE.incrementAndGet(), 36);
        List<Long> seeded = seed(code, LocalDate.now());
        long organisation = jdbc.sql("select organisation_id from accompaniment where id = ?").param(seeded.get(0))
                .query(Long.class).single();
        long bare = cases.record(PastYearDemo.history(organisation, "t" + code, LocalDate.now().minusMonths(20), 1));
        assertThat(trail.timeline(CaseEvent.ACCOMPANIMENT, bare)).isEmpty();

        assertThat(demo.addMissingTrails(List.of("t" + code))).containsExactly(bare);
        assertThat(trail.timeline(CaseEvent.ACCOMPANIMENT, bare)).extracting(AuditRecord::getAction)
                .startsWith("opened").endsWith("closed");
        long records = auditRecords();
        assertThat(demo.addMissingTrails(List.of("t" + code))).isEmpty();

        for (String seed : List.of(PastYearDemo.SEED_NAME, PastYearDemo.TRAIL_SEED_NAME)) {
            jdbc.sql("insert into demo_seed (name) values (?) on conflict do nothing").param(seed).update();
        }
        assertThat(demo.seedOnce()).isFalse();
        assertThat(auditRecords()).isEqualTo(records);
    }

    /** A department and region of the test's own (codes of three characters at most). */
    private List<Long> seedOwnDepartment(LocalDate today) {
        return seed(Integer.toString(SEQUENCE.incrementAndGet(), 36), today);
    }

    private List<Long> seed(String code, LocalDate today) {
        String department = "t" + code;
        return demo.seed(department, "u" + code, structures(department), today, 90_000 + SEQUENCE.get() * 20L);
    }

    private static List<PastYearStructures.Structure> structures(String department) {
        return PastYearStructures.ALPES_MARITIMES.stream()
                .map(s -> new PastYearStructures.Structure(s.name() + " " + department, s.legalForm(), s.employees(),
                        s.naf(), s.qpv(), s.city())).toList();
    }

    private long auditRecords() {
        return jdbc.sql("select count(*) from audit_record").query(Long.class).single();
    }

    private Instant instant(String sql, long id) {
        return jdbc.sql(sql).param(id).query(java.sql.Timestamp.class).single().toInstant();
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant();
    }
}

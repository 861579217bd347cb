package fr.parcours.dla.plan;

import static fr.parcours.dla.plan.Treatment.INDIVIDUAL_ENGINEERING;
import static fr.parcours.dla.plan.Treatment.INTERNAL_ACTION;
import static fr.parcours.dla.plan.Treatment.REFERRAL;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_DRAFT_PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.Phase;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The plan's revisions, missions and committee opinions on the real PostgreSQL, checked with plain SQL. */
@ParcoursIntegrationTest
class PlanServiceTests {

    @Autowired
    PlanService plans;
    @Autowired
    Scenario scenario;
    @Autowired
    AccompanimentRepository accompaniments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void savesAxesInPriorityOrderAndOpensOneMissionPerEngineeringAxis() {
        Accompaniment opened = scenario.openAt(TASK_DRAFT_PLAN, Map.of());

        List<Long> engineering = plans.recordPlan(opened.getId(),
                PlanFixtures.plan(INDIVIDUAL_ENGINEERING, INTERNAL_ACTION, INDIVIDUAL_ENGINEERING));

        List<Map<String, Object>> axes = jdbc.queryForList("select id, revision, priority, treatment from plan_axis "
                + "where accompaniment_id = ? order by priority", opened.getId());
        assertThat(axes).extracting(row -> row.get("priority")).containsExactly(1, 2, 3);
        assertThat(axes).extracting(row -> row.get("revision")).containsOnly(1);
        assertThat(engineering).containsExactly((Long) axes.get(0).get("id"), (Long) axes.get(2).get("id"));
        assertThat(missionAxes(opened)).containsExactlyElementsOf(engineering);
        assertThat(jdbc.queryForList("select status from engineering_mission where accompaniment_id = ?",
                String.class, opened.getId())).containsOnly("SPECIFICATIONS");
        assertThat(accompaniments.findById(opened.getId()).orElseThrow().getPhase()).isEqualTo(Phase.SUPPORT_COMMITTEE);
        assertThat(actions(opened)).containsExactly("plan-recorded");
    }

    @Test
    void anAmendedPlanIsANewRevisionAndKeepsTheEarlierOne() {
        Accompaniment opened = scenario.openAt(TASK_DRAFT_PLAN, Map.of());
        plans.recordPlan(opened.getId(), PlanFixtures.plan(INDIVIDUAL_ENGINEERING, INTERNAL_ACTION));
        plans.recordCommitteeOpinion(opened.getId(), PlanFixtures.opinion(true));

        List<Long> engineering = plans.recordPlan(opened.getId(),
                PlanFixtures.plan(REFERRAL, INDIVIDUAL_ENGINEERING, INDIVIDUAL_ENGINEERING));

        assertThat(jdbc.queryForList("select revision from plan_axis where accompaniment_id = ? order by revision, priority",
                Integer.class, opened.getId())).containsExactly(1, 1, 2, 2, 2);
        assertThat(jdbc.queryForList("select pa.revision from engineering_mission em join plan_axis pa "
                + "on pa.id = em.plan_axis_id where em.accompaniment_id = ?", Integer.class, opened.getId()))
                .containsOnly(2).hasSize(2);
        assertThat(missionAxes(opened)).containsExactlyElementsOf(engineering);
        assertThat(plans.summaryOf(opened.getId()).revision()).isEqualTo(2);
        assertThat(plans.currentAxes(opened.getId())).extracting(PlanAxis::getTreatment)
                .containsExactly(REFERRAL, INDIVIDUAL_ENGINEERING, INDIVIDUAL_ENGINEERING);
    }

    @Test
    void theCommitteeOpinionIsRecordedOnTheCurrentRevisionAndMovesTheCaseOn() {
        Accompaniment withEngineering = scenario.openAt(TASK_DRAFT_PLAN, Map.of());
        plans.recordPlan(withEngineering.getId(), PlanFixtures.plan(INTERNAL_ACTION, INDIVIDUAL_ENGINEERING));
        Accompaniment without = scenario.openAt(TASK_DRAFT_PLAN, Map.of());
        plans.recordPlan(without.getId(), PlanFixtures.plan(INTERNAL_ACTION));

        assertThat(plans.recordCommitteeOpinion(withEngineering.getId(), PlanFixtures.opinion(false))).isFalse();
        assertThat(plans.recordCommitteeOpinion(without.getId(), PlanFixtures.opinion(false))).isFalse();

        assertThat(phaseOf(withEngineering)).isEqualTo(Phase.ENGINEERING);
        assertThat(phaseOf(without)).isEqualTo(Phase.FOLLOW_UP);
        Map<String, Object> row = jdbc.queryForMap("select plan_revision, members_present, opinion, recommendations, "
                + "amend_plan from committee_opinion where accompaniment_id = ?", withEngineering.getId());
        assertThat(row).containsEntry("plan_revision", 1).containsEntry("opinion", "Avis favorable")
                .containsEntry("recommendations", null).containsEntry("amend_plan", false);
        assertThat(actions(withEngineering)).containsExactly("plan-recorded", "committee-opinion-recorded");
    }

    @Test
    void theCommitteeCannotGiveAnOpinionBeforeThereIsAPlan() {
        Accompaniment opened = scenario.openAt(TASK_DRAFT_PLAN, Map.of());

        assertThatThrownBy(() -> plans.recordCommitteeOpinion(opened.getId(), PlanFixtures.opinion(false)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from committee_opinion where accompaniment_id = ?",
                Integer.class, opened.getId())).isZero();
    }

    private List<Long> missionAxes(Accompaniment accompaniment) {
        return jdbc.queryForList("select plan_axis_id from engineering_mission where accompaniment_id = ? order by id",
                Long.class, accompaniment.getId());
    }

    private Phase phaseOf(Accompaniment accompaniment) {
        return accompaniments.findById(accompaniment.getId()).orElseThrow().getPhase();
    }

    private List<String> actions(Accompaniment accompaniment) {
        return jdbc.queryForList("select action from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ? "
                + "order by id", String.class, accompaniment.getId());
    }
}

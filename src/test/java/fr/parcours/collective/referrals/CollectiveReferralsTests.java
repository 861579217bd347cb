package fr.parcours.collective.referrals;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_WORK;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_COMMITTEE_OPINION;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.process.DlaCollectiveProcess;
import fr.parcours.collective.tracks.TrackOutcome;
import fr.parcours.collective.tracks.TrackReport;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.Phase;
import fr.parcours.dla.plan.CommitteeOpinionReport;
import fr.parcours.identity.Scopes;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Referrals on PostgreSQL: recording with the comité's step, the coordinators' decisions, scope, and rollbacks. */
@ParcoursIntegrationTest
class CollectiveReferralsTests {

    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    CollectiveReferrals referrals;
    @Autowired
    ReferralScenario referralScenario;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    Scenario scenario;
    @Autowired
    Scopes scopes;
    @Autowired
    AccompanimentRepository accompaniments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theComitesApprovalRecordsOneReferralWithTheCaseAndTheAxisAsKept() {
        Accompaniment accompaniment = referralScenario.planWithCollectiveAxis();
        referralScenario.committee(accompaniment, false);

        assertThat(jdbc.queryForMap("select r.status, r.region_code, r.case_reference, r.axis_title, r.referred_by,"
                        + " r.organisation_id = a.organisation_id as same_structure, p.treatment from collective_referral r"
                        + " join accompaniment a on a.id = r.accompaniment_id join plan_axis p on p.id = r.plan_axis_id"
                        + " where r.accompaniment_id = ?", accompaniment.getId()))
                .containsEntry("status", "PENDING").containsEntry("region_code", "32")
                .containsEntry("case_reference", accompaniment.getBusinessKey())
                .containsEntry("axis_title", ReferralScenario.AXIS).containsEntry("referred_by", ReferralScenario.OFFICER)
                .containsEntry("same_structure", true).containsEntry("treatment", "COLLECTIVE_ENGINEERING");
        assertThat(referrals.pending(scopes.of(COORDINATOR))).extracting(CollectiveReferral::getAccompanimentId)
                .contains(accompaniment.getId());
    }

    @Test
    void aDeclineKeepsTheReasonForTheOfficerAndCannotBeDecidedAgain() {
        CollectiveReferral referral = referralScenario.referred();
        CollectiveAccompaniment collective = referralScenario.runningCollective();

        scenario.as(COORDINATOR, () -> referrals.decline(referral.getId(), "Aucun collectif sur l'emploi cette année",
                COORDINATOR, scopes.of(COORDINATOR)));

        List<CollectiveReferrals.ReferralOutcome> outcomes = referrals.ofAccompaniment(referral.getAccompanimentId());
        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.referral().getStatus()).isEqualTo(ReferralStatus.DECLINED);
            assertThat(outcome.referral().getDeclineReason()).isEqualTo("Aucun collectif sur l'emploi cette année");
            assertThat(outcome.referral().getDecidedBy()).isEqualTo(COORDINATOR);
            assertThat(outcome.collective()).isNull();
        });
        assertThat(actions(referral.getAccompanimentId())).contains("collective-referral-declined");
        assertThatThrownBy(() -> scenario.as(COORDINATOR, () -> referrals.accept(referral.getId(), collective.getId(),
                LocalDate.now(), COORDINATOR, scopes.of(COORDINATOR)))).isInstanceOf(ReferralAlreadyDecidedException.class);
        assertThat(participationsOf(referral, collective)).isZero();
        assertThat(referrals.pending(scopes.of(COORDINATOR))).extracting(CollectiveReferral::getId)
                .doesNotContain(referral.getId());
    }

    @Test
    void aCoordinatorOfAnotherRegionNeitherSeesNorDecides() {
        CollectiveReferral referral = referralScenario.referred();
        String provence = collectiveScenario.coordinatorOfProvence();

        assertThat(referrals.pending(scopes.of(provence))).extracting(CollectiveReferral::getId)
                .doesNotContain(referral.getId());
        assertThatThrownBy(() -> referrals.visibleTo(referral.getId(), scopes.of(provence)))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> referrals.decline(referral.getId(), "Pas chez nous", provence, scopes.of(provence)))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(referrals.pending(scopes.of(ReferralScenario.OFFICER))).isEmpty();
        assertThat(status(referral)).isEqualTo("PENDING");
    }

    @Test
    void aReferralThatCannotBeRecordedRollsBackTheComitesStep() {
        Accompaniment accompaniment = referralScenario.planWithCollectiveAxis();
        Long axisId = jdbc.queryForObject("select id from plan_axis where accompaniment_id = ? and treatment = "
                + "'COLLECTIVE_ENGINEERING'", Long.class, accompaniment.getId());
        // The axis is already referred (as by a concurrent save): the listener's insert breaks the unique key.
        jdbc.update("insert into collective_referral (accompaniment_id, case_reference, organisation_id, region_code,"
                + " plan_axis_id, axis_title, referred_on, referred_by, referred_at, status) select a.id, a.business_key,"
                + " a.organisation_id, '32', ?, 'Déjà orienté', current_date, 'test', now(), 'PENDING' from accompaniment a"
                + " where a.id = ?", axisId, accompaniment.getId());
        Task committee = scenario.task(accompaniment.getProcessInstanceId(), TASK_RECORD_COMMITTEE_OPINION);

        assertThatThrownBy(() -> scenario.complete(committee, ReferralScenario.OFFICER, VAR_SUBMISSION,
                new CommitteeOpinionReport(LocalDate.now(), "DDETS", "Avis favorable", null, false,
                        ReferralScenario.OFFICER))).isInstanceOf(RuntimeException.class);

        assertThat(jdbc.queryForObject("select count(*) from committee_opinion where accompaniment_id = ?",
                Integer.class, accompaniment.getId())).isZero();
        assertThat(actions(accompaniment.getId())).doesNotContain("committee-opinion-recorded",
                "collective-referral-recorded");
        assertThat(jdbc.queryForObject("select count(*) from collective_referral where accompaniment_id = ?",
                Integer.class, accompaniment.getId())).isEqualTo(1);
        assertThat(scenario.task(accompaniment.getProcessInstanceId(), TASK_RECORD_COMMITTEE_OPINION).getId())
                .isEqualTo(committee.getId());
        assertThat(accompaniments.findById(accompaniment.getId()).orElseThrow().getPhase())
                .isEqualTo(Phase.SUPPORT_COMMITTEE);
    }

    @Test
    void anAcceptanceIntoACollectiveWhoseTracksAreOverRollsBackTheJoinAndTheDecision() {
        CollectiveReferral referral = referralScenario.referred();
        CollectiveAccompaniment collective = collectiveScenario.mobilisedWithOneStructure();
        String pid = collective.getProcessInstanceId();
        complete(scenario.task(pid, TASK_RECORD_STRUCTURE_NEEDS), TrackOutcome.CONTINUING);
        complete(scenario.task(pid, TASK_RECORD_STRUCTURE_WORK), TrackOutcome.DELIVERED);

        assertThatThrownBy(() -> scenario.as(COORDINATOR, () -> referrals.accept(referral.getId(), collective.getId(),
                LocalDate.now(), COORDINATOR, scopes.of(COORDINATOR)))).isInstanceOf(IllegalStateException.class);

        assertThat(status(referral)).isEqualTo("PENDING");
        assertThat(participationsOf(referral, collective)).isZero();
        assertThat(actions(referral.getAccompanimentId())).doesNotContain("collective-referral-accepted");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where case_type = ? and case_id = ? and action"
                + " = 'structure-joined-late'", Integer.class, CollectiveAccompaniment.CASE_TYPE, collective.getId()))
                .isZero();
    }

    private void complete(Task task, TrackOutcome outcome) {
        scenario.complete(task, COORDINATOR, DlaCollectiveProcess.VAR_SUBMISSION,
                new TrackReport("Plan d'action", outcome, null, COORDINATOR));
    }

    private String status(CollectiveReferral referral) {
        return jdbc.queryForObject("select status from collective_referral where id = ?", String.class, referral.getId());
    }

    private int participationsOf(CollectiveReferral referral, CollectiveAccompaniment collective) {
        return jdbc.queryForObject("select count(*) from collective_participation where collective_id = ? and "
                + "organisation_id = ?", Integer.class, collective.getId(), referral.getOrganisation().getId());
    }

    private List<String> actions(long accompanimentId) {
        return jdbc.queryForList("select action from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ?",
                String.class, accompanimentId);
    }
}

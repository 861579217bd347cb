package fr.parcours.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.census.MobilisationMeeting;
import fr.parcours.collective.process.DlaCollectiveProcess;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.collective.tracks.TrackOutcome;
import fr.parcours.collective.tracks.TrackReport;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.activity.ActivityAxis;
import fr.parcours.council.activity.CouncilActivities;
import fr.parcours.council.activity.OtherActivity;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.cycles.MeetingPreparation;
import fr.parcours.council.cycles.MeetingReport;
import fr.parcours.council.cycles.MobilisationKind;
import fr.parcours.council.cycles.MobilisationReport;
import fr.parcours.council.members.College;
import fr.parcours.council.members.CouncilMembers;
import fr.parcours.council.members.Gender;
import fr.parcours.council.members.NewMember;
import fr.parcours.council.process.CouncilCycleProcess;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.dla.IntakeDecision;
import fr.parcours.dla.IntakeOutcome;
import fr.parcours.dla.diagnostic.InterviewReport;
import fr.parcours.dla.diagnostic.LeadersValidation;
import fr.parcours.dla.diagnostic.Theme;
import fr.parcours.dla.diagnostic.ThemeAssessmentSheet;
import fr.parcours.dla.plan.CommitteeOpinionReport;
import fr.parcours.dla.plan.PlanDraft;
import fr.parcours.dla.plan.Treatment;
import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.organisation.Organisation;
import fr.parcours.support.DlaJourney;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail is append-only and never erased (GDPR): its details hold references and non-personal facts
 * only. Every free-text or personal input below carries a unique marker; none may reach {@code audit_record.details},
 * while the actions themselves are audited.
 */
@ParcoursIntegrationTest
class AuditPersonalDataTests {

    private static final String OFFICER = DemoUsers.OFFICER_NICE;
    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    private Scenario scenario;
    @Autowired
    private DlaJourney journey;
    @Autowired
    private AccompanimentService accompaniments;
    @Autowired
    private Scopes scopes;
    @Autowired
    private CouncilScenario councilScenario;
    @Autowired
    private CouncilMembers members;
    @Autowired
    private CouncilActivities activities;
    @Autowired
    private CollectiveScenario collectiveScenario;
    @Autowired
    private CollectiveService collectives;
    @Autowired
    private TaskService taskService;
    @Autowired
    private JdbcTemplate jdbc;

    private final List<String> markers = new ArrayList<>();

    @Test
    void individualAccompanimentDetailsCarryNoMotiveNamesOrOpinions() {
        Organisation structure = scenario.newStructure("06", "93");
        String motive = marker("motif");
        Accompaniment accompaniment = scenario.as(OFFICER, () -> accompaniments.open(structure.getId(), motive,
                OFFICER, scopes.of(OFFICER)));
        String pid = accompaniment.getProcessInstanceId();
        LocalDate today = LocalDate.now();
        journey.complete(pid, DlaIndividualProcess.TASK_REVIEW_REQUEST, OFFICER,
                new IntakeDecision(IntakeOutcome.ACCEPTED_FOR_DIAGNOSTIC, null, null, OFFICER));
        journey.complete(pid, DlaIndividualProcess.TASK_HOLD_INTERVIEW, OFFICER, new InterviewReport(today,
                "Mme " + marker("participant"), marker("entretien"), false, OFFICER));
        journey.complete(pid, DlaIndividualProcess.TASK_ASSESS_THEMES, OFFICER, new ThemeAssessmentSheet(
                Arrays.stream(Theme.values()).map(theme -> new ThemeAssessmentSheet.Entry(theme, marker("forces"),
                        marker("faiblesses"), 2)).toList(), OFFICER));
        journey.complete(pid, DlaIndividualProcess.TASK_VALIDATE_DIAGNOSTIC, OFFICER, new LeadersValidation(today,
                "Présidente " + marker("dirigeant"), marker("conclusions"), OFFICER));
        journey.complete(pid, DlaIndividualProcess.TASK_DRAFT_PLAN, OFFICER, new PlanDraft(List.of(
                new PlanDraft.AxisDraft(marker("axe"), marker("description-axe"), Treatment.INTERNAL_ACTION)), OFFICER));
        journey.complete(pid, DlaIndividualProcess.TASK_RECORD_COMMITTEE_OPINION, OFFICER, new CommitteeOpinionReport(
                today, marker("membres-comite"), marker("avis"), marker("recommandations"), false, OFFICER));

        assertAudited("ACCOMPANIMENT", accompaniment.getId(), "opened", "intake-accepted", "interview-recorded",
                "themes-assessed", "diagnostic-validated", "plan-recorded", "committee-opinion-recorded");
        assertNoMarkerInDetails();
    }

    @Test
    void aReferralAtIntakeKeepsItsReasonOutOfTheTrail() {
        Accompaniment accompaniment = scenario.openInNice();
        journey.complete(accompaniment.getProcessInstanceId(), DlaIndividualProcess.TASK_REVIEW_REQUEST, OFFICER,
                new IntakeDecision(IntakeOutcome.REFERRED, "France Active", marker("raison"), OFFICER));

        assertAudited("ACCOMPANIMENT", accompaniment.getId(), "intake-referred");
        assertThat(details("ACCOMPANIMENT", accompaniment.getId(), "intake-referred")).isEqualTo("France Active");
        assertNoMarkerInDetails();
    }

    @Test
    void councilDetailsCarryNoMemberNameDescriptionOrReason() {
        Council council = councilScenario.parisCouncil(0, 0);
        members.addMember(council.getId(), new NewMember(marker("membre"), College.RESIDENTS, Gender.FEMALE,
                LocalDate.of(2016, 9, 15)), DemoUsers.ADMIN);
        String facilitator = councilScenario.facilitatorOf(council);
        activities.recordOther(new OtherActivity(council.getId(), CouncilScenario.MEETING, ActivityAxis.values()[0],
                new BigDecimal("2"), marker("autre-activite")), facilitator, scopes.of(facilitator));
        CouncilCycle cycle = councilScenario.startCycle(council);
        String pid = cycle.getProcessInstanceId();
        scenario.complete(scenario.task(pid, CouncilCycleProcess.TASK_RECORD_MOBILISATION), facilitator,
                CouncilCycleProcess.VAR_SUBMISSION, new MobilisationReport(MobilisationKind.DOOR_TO_DOOR,
                        CouncilScenario.MEETING.minusDays(10), 40, 2, false, facilitator));
        scenario.complete(scenario.task(pid, CouncilCycleProcess.TASK_PREPARE_MEETING), facilitator,
                CouncilCycleProcess.VAR_SUBMISSION, new MeetingPreparation(CouncilScenario.MEETING, marker("ordre-du-jour"),
                        true, marker("salle"), facilitator));
        scenario.complete(scenario.task(pid, CouncilCycleProcess.TASK_HOLD_MEETING), facilitator,
                CouncilCycleProcess.VAR_SUBMISSION, new MeetingReport(false, marker("annulation"), List.of(), null, null,
                        List.of(), facilitator));

        assertAudited(Council.CASE_TYPE, council.getId(), "council-member-joined", "council-activity-recorded");
        assertAudited(CouncilCycle.CASE_TYPE, cycle.getId(), "council-mobilisation-recorded",
                "council-meeting-prepared", "council-meeting-cancelled");
        assertNoMarkerInDetails();
    }

    @Test
    void collectiveDetailsCarryNoCriteriaOrTrackNotes() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        String pid = collective.getProcessInstanceId();
        List<Organisation> structures = collectiveScenario.structures(2);
        scenario.complete(scenario.task(pid, DlaCollectiveProcess.TASK_RECORD_CENSUS), COORDINATOR,
                DlaCollectiveProcess.VAR_SUBMISSION, CollectiveScenario.census(
                        structures.stream().map(Organisation::getId).toList(), marker("criteres"), COORDINATOR));
        List<Long> invited = collectives.participations(collective.getId()).stream().map(Participation::getId).toList();
        scenario.complete(scenario.task(pid, DlaCollectiveProcess.TASK_HOLD_MOBILISATION_MEETING), COORDINATOR,
                DlaCollectiveProcess.VAR_SUBMISSION, new MobilisationMeeting(CollectiveScenario.MEETING, invited,
                        marker("besoins-exprimes"), COORDINATOR));
        List<Task> needs = taskService.createTaskQuery().processInstanceId(pid)
                .taskDefinitionKey(DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS).list();
        assertThat(needs).hasSize(2);
        scenario.complete(needs.get(0), COORDINATOR, DlaCollectiveProcess.VAR_SUBMISSION,
                new TrackReport(marker("besoins-structure"), TrackOutcome.CONTINUING, null, COORDINATOR));
        scenario.complete(needs.get(1), COORDINATOR, DlaCollectiveProcess.VAR_SUBMISSION,
                new TrackReport(null, TrackOutcome.DROPPED_OUT, marker("abandon"), COORDINATOR));

        assertAudited(CollectiveAccompaniment.CASE_TYPE, collective.getId(), "collective-opened", "census-recorded",
                "mobilisation-meeting-recorded", "structure-needs-recorded", "structure-dropped-out");
        assertNoMarkerInDetails();
    }

    private String marker(String what) {
        String marker = "PII-" + what + "-" + UUID.randomUUID();
        markers.add(marker);
        return marker;
    }

    private void assertAudited(String caseType, long caseId, String... actions) {
        assertThat(jdbc.queryForList("select action from audit_record where case_type = ? and case_id = ?",
                String.class, caseType, caseId)).contains(actions);
    }

    private String details(String caseType, long caseId, String action) {
        return jdbc.queryForObject("select details from audit_record where case_type = ? and case_id = ? and action = ?",
                String.class, caseType, caseId, action);
    }

    private void assertNoMarkerInDetails() {
        assertThat(markers).isNotEmpty();
        for (String marker : markers) {
            assertThat(jdbc.queryForList("select action || ': ' || details from audit_record where details like ?",
                    String.class, "%" + marker + "%")).as("audit details holding %s", marker).isEmpty();
        }
    }
}

package fr.parcours.support;

import static fr.parcours.dla.process.DlaIndividualProcess.*;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.IntakeDecision;
import fr.parcours.dla.IntakeOutcome;
import fr.parcours.dla.diagnostic.InterviewReport;
import fr.parcours.dla.diagnostic.LeadersValidation;
import fr.parcours.dla.diagnostic.Theme;
import fr.parcours.dla.diagnostic.ThemeAssessmentSheet;
import fr.parcours.dla.engineering.ConsultantCandidate;
import fr.parcours.dla.engineering.ConsultantCandidateRepository;
import fr.parcours.dla.engineering.EngineeringMissionRepository;
import fr.parcours.dla.engineering.Specifications;
import fr.parcours.dla.engineering.process.EngineeringAxis;
import fr.parcours.dla.followup.FollowUpReport;
import fr.parcours.dla.mission.AssessmentVerdict;
import fr.parcours.dla.mission.EndOfMissionReport;
import fr.parcours.dla.mission.LaunchMeetingMinutes;
import fr.parcours.dla.mission.ObjectivesAchieved;
import fr.parcours.dla.mission.ProgressReport;
import fr.parcours.dla.mission.SatisfactionScores;
import fr.parcours.dla.plan.CommitteeOpinionReport;
import fr.parcours.dla.plan.PlanDraft;
import fr.parcours.dla.plan.Treatment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.selection.ChoiceValidation;
import fr.parcours.selection.Preselection;
import fr.parcours.selection.ProposalScore;
import fr.parcours.selection.ProposalScores;
import fr.parcours.selection.ReceivedProposals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives one Nice accompaniment through every phase with valid submissions, the way the forms do
 * (TaskCompleter, as the officer or the consultant): for process tests of the whole path and for the
 * benchmark. France Médiation is chosen for every ingénierie.
 */
@Component
public class DlaJourney {

    private static final String OFFICER = DemoUsers.OFFICER_NICE;
    private static final String CONSULTANT = DemoUsers.CONSULTANT;

    private final Scenario scenario;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final OrganisationRepository organisations;
    private final EngineeringMissionRepository missions;
    private final ConsultantCandidateRepository candidates;

    DlaJourney(Scenario scenario, TaskService taskService, ManagementService managementService,
               OrganisationRepository organisations, EngineeringMissionRepository missions,
               ConsultantCandidateRepository candidates) {
        this.scenario = scenario;
        this.taskService = taskService;
        this.managementService = managementService;
        this.organisations = organisations;
        this.missions = missions;
        this.candidates = candidates;
    }

    /** Intake to the comité's opinion, with {@code engineeringAxes} individual ingénieries in the plan. */
    public Accompaniment throughCommittee(int engineeringAxes) {
        Accompaniment accompaniment = scenario.openInNice();
        String pid = accompaniment.getProcessInstanceId();
        LocalDate today = LocalDate.now();
        complete(pid, TASK_REVIEW_REQUEST, OFFICER,
                new IntakeDecision(IntakeOutcome.ACCEPTED_FOR_DIAGNOSTIC, null, null, OFFICER));
        complete(pid, TASK_HOLD_INTERVIEW, OFFICER,
                new InterviewReport(today, "Présidente, directeur", "Entretien avec les dirigeants", false, OFFICER));
        complete(pid, TASK_ASSESS_THEMES, OFFICER, new ThemeAssessmentSheet(Arrays.stream(Theme.values())
                .map(theme -> new ThemeAssessmentSheet.Entry(theme, "Équipe engagée", "Organisation à clarifier", 2))
                .toList(), OFFICER));
        complete(pid, TASK_VALIDATE_DIAGNOSTIC, OFFICER,
                new LeadersValidation(today, "Présidente et trésorier", "Conclusions partagées", OFFICER));
        List<PlanDraft.AxisDraft> axes = new ArrayList<>();
        for (int i = 1; i <= engineeringAxes; i++) {
            axes.add(new PlanDraft.AxisDraft("Ingénierie " + i, "Réorganiser le service", Treatment.INDIVIDUAL_ENGINEERING));
        }
        axes.add(new PlanDraft.AxisDraft("Gouvernance", "Action interne du bureau", Treatment.INTERNAL_ACTION));
        complete(pid, TASK_DRAFT_PLAN, OFFICER, new PlanDraft(axes, OFFICER));
        complete(pid, TASK_RECORD_COMMITTEE_OPINION, OFFICER, new CommitteeOpinionReport(today, "DDETS, Région, France Active",
                "Avis favorable", "Associer les partenaires financeurs", false, OFFICER));
        return accompaniment;
    }

    /** Every ingénierie waiting at its cahier des charges, through the officer's assessment. */
    public void throughEngineering(Accompaniment accompaniment) {
        String pid = accompaniment.getProcessInstanceId();
        LocalDate today = LocalDate.now();
        List<Long> consultants = consultantOrganisations();
        completeAll(pid, TASK_WRITE_SPECIFICATIONS, OFFICER, task -> new Specifications("Clarifier les rôles",
                "État des lieux, organigramme cible", new BigDecimal("8"), new BigDecimal("7200"), OFFICER));
        completeAll(pid, TASK_PRESELECT_CONSULTANTS, OFFICER, task -> new Preselection(consultants, OFFICER));
        completeAll(pid, TASK_RECEIVE_PROPOSALS, OFFICER, task -> new ReceivedProposals(candidatesOf(task).stream()
                .map(c -> new ReceivedProposals.Proposal(c.getId(), true, today, new BigDecimal("6800"), new BigDecimal("8")))
                .toList(), OFFICER));
        completeAll(pid, TASK_SCORE_PROPOSALS, OFFICER, task -> new ProposalScores(candidatesOf(task).stream()
                .map(c -> new ProposalScore(c.getId(), isFranceMediation(c) ? 18 : 12, 16, 12, 10)).toList(), OFFICER));
        completeAll(pid, TASK_VALIDATE_CHOICE, OFFICER, task -> new ChoiceValidation(candidatesOf(task).stream()
                .filter(this::isFranceMediation).findFirst().orElseThrow().getId(),
                "PV : France Médiation retenue (meilleure note)", today, OFFICER));
        completeAll(pid, TASK_HOLD_LAUNCH_MEETING, OFFICER, task -> new LaunchMeetingMinutes(today, "Directeur",
                "Chargée d'accompagnement", "Consultante", "Trois mois, point mensuel", OFFICER));
        completeAll(pid, TASK_REPORT_MISSION_PROGRESS, CONSULTANT, task -> new ProgressReport(today, new BigDecimal("8"),
                "État des lieux et organisation cible", null, true, CONSULTANT));
        completeAll(pid, TASK_WRITE_END_REPORT, CONSULTANT, task -> new EndOfMissionReport("Mission menée",
                "Rôles clarifiés", "Suivre le plan d'action", new BigDecimal("8"), CONSULTANT));
        completeAll(pid, TASK_RECORD_SATISFACTION, OFFICER, task -> new SatisfactionScores(5, 5, 4, "Très utile", OFFICER));
        completeAll(pid, TASK_ASSESS_MISSION, OFFICER, task -> new AssessmentVerdict(ObjectivesAchieved.YES,
                "Objectifs atteints", OFFICER));
    }

    /** Fires the follow-up timer and records a follow-up; {@code newNeeds} non-null asks for a new accompaniment. */
    public void followUp(Accompaniment accompaniment, String newNeeds) {
        String pid = accompaniment.getProcessInstanceId();
        Job timer = managementService.createJobQuery().processInstanceId(pid).timers().singleResult();
        managementService.executeJob(timer.getId());
        complete(pid, TASK_FOLLOW_UP, OFFICER, new FollowUpReport(LocalDate.now(), "Organisation appropriée", 1, 1,
                new BigDecimal("15000"), "Fiches de poste rédigées", newNeeds, newNeeds != null, false, OFFICER));
    }

    public void complete(String pid, String taskKey, String user, Object submission) {
        scenario.complete(scenario.task(pid, taskKey), user, VAR_SUBMISSION, submission);
    }

    private void completeAll(String pid, String taskKey, String user, Function<Task, Object> submission) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).list();
        if (tasks.isEmpty()) {
            throw new AssertionError("No open " + taskKey);
        }
        for (Task task : tasks) {
            scenario.complete(task, user, VAR_SUBMISSION, submission.apply(task));
        }
    }

    private List<ConsultantCandidate> candidatesOf(Task task) {
        long axisId = EngineeringAxis.idOf(taskService.getVariable(task.getId(), VAR_ENGINEERING_AXIS_ID));
        return candidates.findByMission(missions.findByPlanAxisId(axisId).orElseThrow().getId());
    }

    private boolean isFranceMediation(ConsultantCandidate candidate) {
        return candidate.getOrganisation().getName().equals("France Médiation");
    }

    /** France Médiation and two other consultants (created once). */
    private List<Long> consultantOrganisations() {
        List<Long> ids = new ArrayList<>();
        ids.add(organisations.findByName("France Médiation").orElseThrow().getId());
        ids.add(consultant("Cabinet Trajectoires", "73282932000074").getId());
        ids.add(consultant("Coopérative Médiactions", "35600000000048").getId());
        return ids;
    }

    private Organisation consultant(String name, String siret) {
        return organisations.findByName(name).orElseGet(() -> scenario.inPool(organisations.save(
                new Organisation(name, Scenario.validSiret(siret.hashCode() & 0x7fffffffL), "SCOP",
                        OrganisationKind.CONSULTANT, "Marseille", "13", "93")), "93"));
    }
}

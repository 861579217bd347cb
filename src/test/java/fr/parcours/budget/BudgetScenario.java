package fr.parcours.budget;

import static fr.parcours.dla.process.DlaIndividualProcess.*;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
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
import fr.parcours.dla.plan.CommitteeOpinionReport;
import fr.parcours.dla.plan.PlanDraft;
import fr.parcours.dla.plan.Treatment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.selection.ChoiceValidation;
import fr.parcours.selection.Preselection;
import fr.parcours.selection.ProposalScore;
import fr.parcours.selection.ProposalScores;
import fr.parcours.selection.ReceivedProposals;
import fr.parcours.support.Operators;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A DLA operator of its own for each budget test (registered for Haute-Corse, 2B, in region 94, with an officer who
 * works for it), so that its envelope never meets another test's missions: several operators cover 2B, and a mission
 * charges the one its deciding officer works for. And accompaniments there, driven to the DLA's validation of the
 * consultant choice.
 */
@Component
public class BudgetScenario {

    public static final String REGION = "94";
    public static final String DEPARTMENT = "2B";
    private static final AtomicInteger OPERATORS = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 900));

    private final Scenario scenario;
    private final AccompanimentService accompaniments;
    private final UserAccounts accounts;
    private final Scopes scopes;
    private final OrganisationRepository organisations;
    private final Operators operators;
    private final TaskService taskService;
    private final EngineeringMissionRepository missions;
    private final ConsultantCandidateRepository candidates;

    BudgetScenario(Scenario scenario, AccompanimentService accompaniments, UserAccounts accounts, Scopes scopes,
                   OrganisationRepository organisations, Operators operators, TaskService taskService,
                   EngineeringMissionRepository missions, ConsultantCandidateRepository candidates) {
        this.operators = operators;
        this.scenario = scenario;
        this.accompaniments = accompaniments;
        this.accounts = accounts;
        this.scopes = scopes;
        this.organisations = organisations;
        this.taskService = taskService;
        this.missions = missions;
        this.candidates = candidates;
    }

    /** A new DLA operator of 2B in the registry, with an officer of 2B who works for it. */
    public Territory newTerritory() {
        String key = Integer.toString(OPERATORS.incrementAndGet(), 36).toUpperCase();
        Organisation operator = operators.newOperator("Opérateur DLA " + key, REGION, DEPARTMENT);
        String officer = "budget.officer." + key.toLowerCase();
        return new Territory(DEPARTMENT, officerOf(operator, officer), operator);
    }

    /** An officer of 2B working for this operator. */
    public String officerOf(Organisation operator, String officer) {
        return operators.officerOf(operator, officer, REGION, DEPARTMENT);
    }

    /** A coordinator of region 94, who reads its operators' budgets. */
    public String coordinator() {
        String coordinator = "budget.coordinator.94";
        accounts.createIfMissing(coordinator, "Budget", "Coordination", DemoUsers.PASSWORD,
                List.of(Groups.COORDINATORS), UserScope.region(coordinator, REGION));
        return coordinator;
    }

    /** An accompaniment of a new structure of the territory, waiting at the DLA's validation of the choice. */
    public Accompaniment atChoice(Territory territory, BigDecimal proposalAmount) {
        Organisation structure = scenario.newStructure(territory.department(), REGION);
        String officer = territory.officer();
        Accompaniment accompaniment = scenario.as(officer, () -> accompaniments.open(structure.getId(),
                "Besoin de structuration", officer, scopes.of(officer)));
        String pid = accompaniment.getProcessInstanceId();
        LocalDate today = LocalDate.now();
        complete(pid, TASK_REVIEW_REQUEST, officer, new IntakeDecision(IntakeOutcome.ACCEPTED_FOR_DIAGNOSTIC, null, null, officer));
        complete(pid, TASK_HOLD_INTERVIEW, officer, new InterviewReport(today, "Présidente", "Entretien", false, officer));
        complete(pid, TASK_ASSESS_THEMES, officer, new ThemeAssessmentSheet(Arrays.stream(Theme.values())
                .map(theme -> new ThemeAssessmentSheet.Entry(theme, "Forces", "Faiblesses", 2)).toList(), officer));
        complete(pid, TASK_VALIDATE_DIAGNOSTIC, officer, new LeadersValidation(today, "Présidente", "Conclusions", officer));
        complete(pid, TASK_DRAFT_PLAN, officer, new PlanDraft(List.of(new PlanDraft.AxisDraft("Ingénierie",
                "Réorganiser le service", Treatment.INDIVIDUAL_ENGINEERING)), officer));
        complete(pid, TASK_RECORD_COMMITTEE_OPINION, officer, new CommitteeOpinionReport(today, "DDETS, Région",
                "Avis favorable", "Aucune", false, officer));
        complete(pid, TASK_WRITE_SPECIFICATIONS, officer, new Specifications("Clarifier les rôles", "Organigramme",
                new BigDecimal("10"), proposalAmount.multiply(BigDecimal.valueOf(2)), officer));
        complete(pid, TASK_PRESELECT_CONSULTANTS, officer, new Preselection(consultants(), officer));
        complete(pid, TASK_RECEIVE_PROPOSALS, officer, new ReceivedProposals(candidatesOf(pid).stream()
                .map(c -> new ReceivedProposals.Proposal(c.getId(), true, today, proposalAmount, new BigDecimal("10")))
                .toList(), officer));
        complete(pid, TASK_SCORE_PROPOSALS, officer, new ProposalScores(candidatesOf(pid).stream()
                .map(c -> new ProposalScore(c.getId(), 15, 15, 12, 10)).toList(), officer));
        return accompaniment;
    }

    /** Validates the choice of France Médiation without going through the form (so without the envelope check). */
    public void choose(Territory territory, Accompaniment accompaniment, String reason) {
        String pid = accompaniment.getProcessInstanceId();
        complete(pid, TASK_VALIDATE_CHOICE, territory.officer(), new ChoiceValidation(franceMediation(pid).getId(),
                "PV de la décision", LocalDate.now(), territory.officer(), reason));
    }

    public Task choiceTask(Accompaniment accompaniment) {
        return scenario.task(accompaniment.getProcessInstanceId(), TASK_VALIDATE_CHOICE);
    }

    public ConsultantCandidate franceMediation(String pid) {
        return candidatesOf(pid).stream().filter(c -> c.getOrganisation().getName().equals("France Médiation"))
                .findFirst().orElseThrow();
    }

    private List<ConsultantCandidate> candidatesOf(String pid) {
        Task task = taskService.createTaskQuery().processInstanceId(pid).active().list().stream()
                .filter(t -> taskService.getVariable(t.getId(), VAR_ENGINEERING_AXIS_ID) != null).findFirst()
                .orElseThrow();
        long axisId = EngineeringAxis.idOf(taskService.getVariable(task.getId(), VAR_ENGINEERING_AXIS_ID));
        return candidates.findByMission(missions.findByPlanAxisId(axisId).orElseThrow().getId());
    }

    private List<Long> consultants() {
        List<Long> ids = new java.util.ArrayList<>();
        // Preselection offers only the pool's firms covering the case's region.
        ids.add(scenario.alsoCovering(organisations.findByName("France Médiation").orElseThrow(), REGION).getId());
        for (String name : List.of("Cabinet budget Alpha", "Cabinet budget Beta")) {
            ids.add(scenario.inPool(organisations.findByName(name).orElseGet(() -> organisations.save(new Organisation(name,
                    Scenario.validSiret(name.hashCode() & 0x7fffffffL), "SCOP", OrganisationKind.CONSULTANT,
                    "Bastia", "2B", REGION))), REGION).getId());
        }
        return ids;
    }

    private void complete(String pid, String taskKey, String user, Object submission) {
        scenario.complete(scenario.task(pid, taskKey), user, VAR_SUBMISSION, submission);
    }

    public record Territory(String department, String officer, Organisation operator) {
    }
}

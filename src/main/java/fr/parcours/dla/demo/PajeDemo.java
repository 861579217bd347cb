package fr.parcours.dla.demo;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_ASSESS_THEMES;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_DRAFT_PLAN;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_INTERVIEW;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_LAUNCH_MEETING;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_PRESELECT_CONSULTANTS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECEIVE_PROPOSALS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_COMMITTEE_OPINION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REVIEW_REQUEST;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_SCORE_PROPOSALS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_VALIDATE_CHOICE;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_VALIDATE_DIAGNOSTIC;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_WRITE_SPECIFICATIONS;

import fr.parcours.casefile.CaseNotes;
import fr.parcours.casework.CaseTasks;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.dla.IntakeDecision;
import fr.parcours.dla.IntakeOutcome;
import fr.parcours.dla.diagnostic.DiagnosticSummaryPdf;
import fr.parcours.dla.diagnostic.InterviewReport;
import fr.parcours.dla.diagnostic.LeadersValidation;
import fr.parcours.dla.diagnostic.Theme;
import fr.parcours.dla.diagnostic.ThemeAssessmentSheet;
import fr.parcours.dla.engineering.ConsultantCandidate;
import fr.parcours.dla.engineering.ConsultantCandidateRepository;
import fr.parcours.dla.engineering.EngineeringMissionRepository;
import fr.parcours.dla.engineering.Specifications;
import fr.parcours.dla.mission.LaunchMeetingMinutes;
import fr.parcours.dla.plan.CommitteeOpinionReport;
import fr.parcours.dla.plan.PlanDraft;
import fr.parcours.dla.plan.Treatment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.organisation.CompetenceDomain;
import fr.parcours.organisation.ConsultantPool;
import fr.parcours.organisation.ConsultantProfile;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.selection.ChoiceValidation;
import fr.parcours.selection.Preselection;
import fr.parcours.selection.ProposalScore;
import fr.parcours.selection.ProposalScores;
import fr.parcours.selection.ReceivedProposals;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed's individual DLA, in progress: camille.roux (DLA 06) accompanies PAJE (Nice) through the real process,
 * from the accueil to the ingénierie "restructurer le service de médiation sociale", France Médiation chosen among
 * three consultants and the mission launched, so that ines.fabre has its progress report to write. Seeded once; every
 * step is dated on the seeding day, the day the case is opened (the services refuse a step dated before it).
 */
@Component
public class PajeDemo {

    static final String SEED_NAME = "dla-paje-individual";
    static final String STRUCTURE = "PAJE";
    private static final String OFFICER = DemoUsers.OFFICER_NICE;
    private static final String CHOSEN = "France Médiation";
    /** How the case files name individual accompaniments ({@code /case-files/cases/{id}}). */
    private static final String CASE_FILES_PATH = "cases";

    private final JdbcTemplate jdbc;
    private final OrganisationRepository organisations;
    private final AccompanimentService accompaniments;
    private final EngineeringMissionRepository missions;
    private final ConsultantCandidateRepository candidates;
    private final CaseTasks completer;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final Scopes scopes;
    private final DiagnosticSummaryPdf diagnosticPdf;
    private final CaseNotes notes;
    private final ConsultantPool pool;
    private final Clock clock;

    PajeDemo(JdbcTemplate jdbc, OrganisationRepository organisations, AccompanimentService accompaniments,
             EngineeringMissionRepository missions, ConsultantCandidateRepository candidates, CaseTasks completer,
             TaskService taskService, IdentityService identityService, Scopes scopes, DiagnosticSummaryPdf diagnosticPdf,
             CaseNotes notes, ConsultantPool pool, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.accompaniments = accompaniments;
        this.missions = missions;
        this.candidates = candidates;
        this.completer = completer;
        this.taskService = taskService;
        this.identityService = identityService;
        this.scopes = scopes;
        this.diagnosticPdf = diagnosticPdf;
        this.notes = notes;
        this.pool = pool;
        this.clock = clock;
    }

    /** Seeds the case unless a node already did (its {@code demo_seed} row is claimed in this transaction). */
    @Transactional
    public boolean seedOnce() {
        if (jdbc.update("insert into demo_seed (name) values (?) on conflict do nothing", SEED_NAME) == 0) {
            return false;
        }
        identityService.setAuthentication(OFFICER, identityService.createGroupQuery().groupMember(OFFICER).list()
                .stream().map(Group::getId).toList());
        try {
            seed();
        } finally {
            identityService.clearAuthentication();
        }
        return true;
    }

    private void seed() {
        LocalDate today = LocalDate.now(clock);
        Organisation paje = organisations.findByName(STRUCTURE).orElseThrow();
        Accompaniment accompaniment = accompaniments.open(paje.getId(), "Restructurer le service de médiation sociale"
                + " (espace public, milieu scolaire, habitat social, équipements sportifs) : état des lieux de"
                + " l'organisation, clarification des rôles et des missions, organisation plus efficace.", OFFICER,
                scopes.of(OFFICER));
        String pid = accompaniment.getProcessInstanceId();
        complete(pid, TASK_REVIEW_REQUEST, new IntakeDecision(IntakeOutcome.ACCEPTED_FOR_DIAGNOSTIC, null, null, OFFICER));
        complete(pid, TASK_HOLD_INTERVIEW, new InterviewReport(today, "Présidente, directeur, deux"
                + " médiateurs référents", "Un service qui a grandi vite : missions et rôles à clarifier", false, OFFICER));
        complete(pid, TASK_ASSESS_THEMES, new ThemeAssessmentSheet(Arrays.stream(Theme.values())
                .map(theme -> new ThemeAssessmentSheet.Entry(theme, "Équipe engagée, ancrage dans les quartiers",
                        "Organisation à clarifier", theme == Theme.values()[3] ? 1 : 2)).toList(), OFFICER));
        complete(pid, TASK_VALIDATE_DIAGNOSTIC, new LeadersValidation(today, "Présidente et trésorier",
                "Conclusions partagées avec l'équipe", OFFICER));
        complete(pid, TASK_DRAFT_PLAN, new PlanDraft(List.of(
                new PlanDraft.AxisDraft("Restructurer le service de médiation sociale", "État des lieux, rôles et"
                        + " missions, organisation cible", Treatment.INDIVIDUAL_ENGINEERING),
                new PlanDraft.AxisDraft("Pérenniser les postes d'adultes-relais", "Rejoindre le DLA collectif"
                        + " médiation sociale de la région", Treatment.INTERNAL_ACTION)), OFFICER));
        complete(pid, TASK_RECORD_COMMITTEE_OPINION, new CommitteeOpinionReport(today,
                "DDETS, Ville de Nice, France Active, Région", "Avis favorable au plan", "Associer les bailleurs"
                + " sociaux au diagnostic de la médiation", false, OFFICER));
        complete(pid, TASK_WRITE_SPECIFICATIONS, new Specifications("Restructurer le service de médiation sociale",
                "État des lieux de l'organisation, fiches de poste, organigramme cible", new BigDecimal("8"),
                new BigDecimal("7200"), OFFICER));
        complete(pid, TASK_PRESELECT_CONSULTANTS, new Preselection(List.of(consultant(CHOSEN).getId(),
                consultant("Cabinet Trajectoires").getId(), consultant("Coopérative Médiactions").getId()), OFFICER));
        Task proposals = task(pid, TASK_RECEIVE_PROPOSALS);
        completer.complete(proposals, OFFICER, new ReceivedProposals(candidates(accompaniment).stream()
                .map(c -> new ReceivedProposals.Proposal(c.getId(), true, today, new BigDecimal("6800"),
                        new BigDecimal("8"))).toList(), OFFICER));
        complete(pid, TASK_SCORE_PROPOSALS, new ProposalScores(candidates(accompaniment).stream()
                .map(c -> new ProposalScore(c.getId(), isChosen(c) ? 18 : 12, 16, 12, 10)).toList(), OFFICER));
        complete(pid, TASK_VALIDATE_CHOICE, new ChoiceValidation(candidates(accompaniment).stream()
                .filter(PajeDemo::isChosen).findFirst().orElseThrow().getId(),
                "PV : France Médiation retenue, meilleure note de la grille (58/70)", today, OFFICER));
        complete(pid, TASK_HOLD_LAUNCH_MEETING, new LaunchMeetingMinutes(today, "Présidente, directeur",
                "Camille Roux", "Inès Fabre (France Médiation)", "Quatre séances sur trois mois, point mensuel", OFFICER));
        // The case file as the officer keeps it: the diagnostic summary for the leaders to sign, and a note.
        diagnosticPdf.store(accompaniment, OFFICER);
        notes.add(CASE_FILES_PATH, accompaniment.getId(), "Premier échange avec la présidente : l'équipe souhaite que"
                + " les médiateurs référents participent aux séances avec France Médiation. Point à faire au comité de"
                + " pilotage du mois prochain.", OFFICER);
    }

    private List<ConsultantCandidate> candidates(Accompaniment accompaniment) {
        return candidates.findByMission(missions.findByAccompanimentIdOrderById(accompaniment.getId()).get(0).getId());
    }

    private static boolean isChosen(ConsultantCandidate candidate) {
        return candidate.getOrganisation().getName().equals(CHOSEN);
    }

    /** A consulting firm of the pool covering Provence-Alpes-Côte d'Azur: preselection offers only those. */
    private Organisation consultant(String name) {
        Organisation firm = organisations.findByName(name).orElseGet(() -> organisations.save(new Organisation(name,
                null, "SCOP", OrganisationKind.CONSULTANT, "Marseille", "13", "93")));
        ConsultantProfile profile = pool.profile(firm.getId()).orElseGet(() -> new ConsultantProfile(firm.getId()));
        if (!profile.covers("93")) {
            Set<String> regions = new TreeSet<>(profile.getRegionCodes());
            regions.add("93");
            Set<CompetenceDomain> domains = profile.getDomains().isEmpty()
                    ? EnumSet.of(CompetenceDomain.ORGANISATION, CompetenceDomain.STRATEGY) : profile.getDomains();
            pool.save(profile.describe(domains, regions,
                    profile.getDayRate() == null ? new BigDecimal("850.00") : profile.getDayRate(),
                    profile.getContact() == null || profile.getContact().name() == null
                            ? new ConsultantProfile.Contact("Contact " + name, "contact@cabinet.example", null)
                            : profile.getContact(),
                    clock.instant()));
        }
        return firm;
    }

    private void complete(String pid, String taskKey, Serializable submission) {
        completer.complete(task(pid, taskKey), OFFICER, submission);
    }

    private Task task(String pid, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).singleResult();
    }
}

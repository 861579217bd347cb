package fr.parcours.collective.demo;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_MOBILISATION_MEETING;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_SESSION;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_PRESELECT_CONSULTANTS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECEIVE_PROPOSALS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_CENSUS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_WORK;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_SCORE_PROPOSALS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_VALIDATE_CHOICE;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_WRITE_SPECIFICATIONS;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PARTICIPATION_ID;

import fr.parcours.casework.CaseTasks;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.NewCollective;
import fr.parcours.collective.StepNote;
import fr.parcours.collective.census.CensusEntry;
import fr.parcours.collective.census.CensusReport;
import fr.parcours.collective.census.MobilisationMeeting;
import fr.parcours.collective.citer.AvoidedCosts;
import fr.parcours.collective.citer.Intervention;
import fr.parcours.collective.deliverables.DeliverablesService;
import fr.parcours.collective.demo.HautsDeFranceStructures.DemoStructure;
import fr.parcours.collective.partners.CollectivePartners;
import fr.parcours.collective.partners.Partnerships;
import fr.parcours.collective.selection.CollectiveCandidate;
import fr.parcours.collective.selection.CollectiveSelection;
import fr.parcours.collective.sessions.SessionReport;
import fr.parcours.collective.sessions.SessionTheme;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.collective.tracks.TrackOutcome;
import fr.parcours.collective.tracks.TrackReport;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed's Hauts-de-France collective DLA, driven by nadia.lemaire through the real process and services, mid-way:
 * census and meeting done, France Médiation chosen, three sessions held, one structure dropped out, one delivered.
 * Dates follow the seed's rhythm (meeting a quarter before the start, 6 months) but end today, so the case is live.
 */
@Component
public class HautsDeFranceDemo {

    static final String REGION = "32";
    static final String SEED_NAME = "collective-hauts-de-france";
    public static final String TITLE = "DLA collectif médiation sociale Hauts-de-France (MRA, CRESS, Nord Actif)";
    private static final String COORDINATOR = DemoUsers.COORDINATOR_LILLE;
    /** The seed's carriers, the MRA of France Médiation and the CRESS, and its departmental operator. */
    public static final String MRA = "France Médiation";
    public static final String CRESS = "CRESS Hauts-de-France";
    public static final String OPERATOR = "Nord Actif";

    private final JdbcTemplate jdbc;
    private final OrganisationRepository organisations;
    private final CollectiveService collectives;
    private final Partnerships partnerships;
    private final DeliverablesService deliverables;
    private final AvoidedCosts avoidedCosts;
    private final HautsDeFranceDemoAgreements demoAgreements;
    private final CollectiveSelection selection;
    private final CaseTasks completer;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final Scopes scopes;
    private final Clock clock;
    private final ConsultantPool pool;

    HautsDeFranceDemo(JdbcTemplate jdbc, OrganisationRepository organisations, CollectiveService collectives,
                      Partnerships partnerships, DeliverablesService deliverables, AvoidedCosts avoidedCosts,
                      HautsDeFranceDemoAgreements demoAgreements, CollectiveSelection selection, CaseTasks completer, TaskService taskService,
                      IdentityService identityService, Scopes scopes, Clock clock, ConsultantPool pool) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.collectives = collectives;
        this.partnerships = partnerships;
        this.deliverables = deliverables;
        this.avoidedCosts = avoidedCosts;
        this.demoAgreements = demoAgreements;
        this.selection = selection;
        this.completer = completer;
        this.taskService = taskService;
        this.identityService = identityService;
        this.scopes = scopes;
        this.clock = clock;
        this.pool = pool;
    }

    /**
     * Seeds the collective unless a node already did: the seed's row is claimed first, in this transaction, so a
     * concurrent node waits on it and then skips, and a failure leaves neither the row nor any half-built case.
     */
    @Transactional
    public boolean seedOnce() {
        if (jdbc.update("insert into demo_seed (name) values (?) on conflict do nothing", SEED_NAME) == 0) {
            return false;
        }
        identityService.setAuthentication(COORDINATOR, identityService.createGroupQuery().groupMember(COORDINATOR)
                .list().stream().map(Group::getId).toList());
        try {
            seed();
        } finally {
            identityService.clearAuthentication();
        }
        return true;
    }

    private void seed() {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusMonths(3);
        List<Organisation> census = HautsDeFranceStructures.CENSUS.stream().map(this::structure).toList();
        structure(HautsDeFranceStructures.OUTSIDE_CENSUS);

        CollectiveAccompaniment collective = partnerships.open(new NewCollective(TITLE, REGION, 6, start),
                new CollectivePartners(List.of(named(MRA), named(CRESS)), List.of(named(OPERATOR))), COORDINATOR,
                scopes.of(COORDINATOR));
        String pid = collective.getProcessInstanceId();
        complete(pid, TASK_RECORD_CENSUS, new CensusReport(HautsDeFranceStructures.CENSUS.stream()
                .map(s -> new CensusEntry(id(census, s), true, s.adultesRelais(), s.employees())).toList(),
                "Associations de médiation sociale de la région portant un projet de médiation et bénéficiant de"
                        + " conventions adultes-relais ; petites structures en priorité. Recensement MRA France Médiation"
                        + " et CRESS Hauts-de-France, Nord Actif opérateur départemental.", COORDINATOR));
        List<Long> present = collectives.participations(collective.getId()).stream()
                .filter(p -> HautsDeFranceStructures.CENSUS.indexOf(byName(p)) < HautsDeFranceStructures.PRESENT_AT_MEETING)
                .map(Participation::getId).toList();
        complete(pid, TASK_HOLD_MOBILISATION_MEETING, new MobilisationMeeting(start.minusMonths(3), present,
                "Question principale : la pérennisation des emplois aidés. Besoins : méthodologie de projet et"
                        + " d'évaluation, recherche de financements publics et privés, réflexion RH.", COORDINATOR));
        complete(pid, TASK_WRITE_SPECIFICATIONS, new StepNote("Dégager des pistes concrètes d'actions et de"
                + " financements pour pérenniser les contrats aidés (adultes-relais en priorité) ; accompagner chaque"
                + " structure dans la formalisation d'un projet ou d'une action, process d'évaluation compris"
                + " (référentiel CITER, modèles économiques). Durée : 6 mois.", COORDINATOR));
        selectConsultant(pid, collective.getId(), start);
        for (Participation participation : collectives.participations(collective.getId())) {
            if (present.contains(participation.getId())) {
                completeTrack(pid, TASK_RECORD_STRUCTURE_NEEDS, participation.getId(), new TrackReport(
                        byName(participation).needs(), TrackOutcome.CONTINUING, null, COORDINATOR));
            }
        }
        runTheAccompaniment(pid, collective.getId(), start);
        demoAgreements.seed(collectives.participations(collective.getId()), start, today, COORDINATOR);
    }

    /** Three sessions; Tourcoing leaves after the first; Lille Sud hands in everything, Roubaix part of it. */
    private void runTheAccompaniment(String pid, long collectiveId, LocalDate start) {
        Map<String, Long> ids = HautsDeFranceDemoDeliverables.participationsByName(collectives.participations(collectiveId));
        complete(pid, TASK_HOLD_SESSION, new SessionReport(start.plusDays(14), SessionTheme.PROJECT_METHOD_EVALUATION,
                "Le référentiel CITER et ses cinq registres", active(collectiveId), true, COORDINATOR));
        completeTrack(pid, TASK_RECORD_STRUCTURE_WORK, ids.get("Tourcoing Lien Social"), new TrackReport(null,
                TrackOutcome.DROPPED_OUT, "Départ de la coordinatrice ; la structure reviendra sur un prochain DLA",
                COORDINATOR));
        complete(pid, TASK_HOLD_SESSION, new SessionReport(start.plusDays(42), SessionTheme.FUNDING,
                "Financements publics et privés, modèles économiques de la médiation", active(collectiveId), true,
                COORDINATOR));
        List<Long> third = active(collectiveId).stream().filter(id -> !id.equals(ids.get("Artois Médiation"))).toList();
        complete(pid, TASK_HOLD_SESSION, new SessionReport(start.plusDays(70), SessionTheme.HUMAN_RESOURCES,
                "Parcours des adultes-relais et pérennisation des postes", third, true, COORDINATOR));

        deliverables.record(ids.get("Médiation Lille Sud"), HautsDeFranceDemoDeliverables.complete(start.plusDays(75)),
                COORDINATOR);
        avoidedCosts.recordCounts(ids.get("Médiation Lille Sud"), HautsDeFranceDemoDeliverables.interventions(),
                COORDINATOR);
        avoidedCosts.setCoefficient(REGION, Intervention.DAMAGE_REPAIRED, new BigDecimal("650.00"),
                "Hypothèse de démonstration : coût moyen d'une remise en état relevé avec deux bailleurs sociaux de la"
                        + " métropole lilloise (à documenter par la MRA)", COORDINATOR, scopes.of(COORDINATOR));
        completeTrack(pid, TASK_RECORD_STRUCTURE_WORK, ids.get("Médiation Lille Sud"), new TrackReport(
                "Plan d'action adopté par le conseil d'administration", TrackOutcome.DELIVERED, null, COORDINATOR));
        deliverables.record(ids.get("Roubaix Médiation Sociale"),
                HautsDeFranceDemoDeliverables.underway(start.plusDays(80)), COORDINATOR);
        completeTrack(pid, TASK_RECORD_STRUCTURE_WORK, ids.get("Roubaix Médiation Sociale"), new TrackReport(
                "Dossier déposé auprès d'une fondation ; évaluation CITER en cours", TrackOutcome.CONTINUING, null,
                COORDINATOR));
    }

    /**
     * The selection of an individual ingénierie: France Médiation and two regional firms preselected, one of them
     * sends no proposal, France Médiation scores best on the grid and the steering committee retains it.
     */
    private void selectConsultant(String pid, long collectiveId, LocalDate start) {
        long franceMediation = organisations.findByName("France Médiation").orElseThrow().getId();
        long trajectoires = consultantFirm("Trajectoires Conseil ESS", "Lille", "59");
        long silent = consultantFirm("Atelier Coopératif d'Évaluation", "Amiens", "80");
        complete(pid, TASK_PRESELECT_CONSULTANTS, new Preselection(List.of(franceMediation, trajectoires, silent),
                COORDINATOR));
        complete(pid, TASK_RECEIVE_PROPOSALS, new ReceivedProposals(selection.candidatesOf(collectiveId).stream()
                .map(candidate -> {
                    long firm = candidate.getOrganisation().getId();
                    if (firm == silent) {
                        return new ReceivedProposals.Proposal(candidate.getId(), false, null, null, null);
                    }
                    return new ReceivedProposals.Proposal(candidate.getId(), true, start.minusWeeks(5),
                            new BigDecimal(firm == franceMediation ? "21000.00" : "24500.00"),
                            new BigDecimal(firm == franceMediation ? "28" : "30"));
                }).toList(), COORDINATOR));
        List<CollectiveCandidate> received = selection.candidatesOf(collectiveId).stream()
                .filter(CollectiveCandidate::hasProposal).toList();
        complete(pid, TASK_SCORE_PROPOSALS, new ProposalScores(received.stream()
                .map(candidate -> candidate.getOrganisation().getId() == franceMediation
                        ? new ProposalScore(candidate.getId(), 18, 17, 14, 12)
                        : new ProposalScore(candidate.getId(), 14, 13, 12, 10)).toList(), COORDINATOR));
        CollectiveCandidate chosen = received.stream()
                .filter(candidate -> candidate.getOrganisation().getId() == franceMediation).findFirst().orElseThrow();
        complete(pid, TASK_VALIDATE_CHOICE, new ChoiceValidation(chosen.getId(), "Comité de pilotage MRA France"
                + " Médiation, CRESS Hauts-de-France et Nord Actif : référentiel d'évaluation CITER, modèles économiques"
                + " de la médiation sociale, connaissance des conventions adultes-relais.", start.minusWeeks(3),
                COORDINATOR));
    }

    /** An organisation of the demo data (DemoDataLoader). */
    private long named(String name) {
        return organisations.findByName(name).orElseThrow().getId();
    }

    /** A fictional regional consultant firm of the demo, created once, in the pool for the region. */
    private long consultantFirm(String name, String city, String department) {
        Organisation firm = organisations.findByName(name).orElseGet(() -> organisations.save(new Organisation(name,
                null, "SCOP", OrganisationKind.CONSULTANT, city, department, REGION)));
        if (pool.profile(firm.getId()).isEmpty()) {
            pool.save(new ConsultantProfile(firm.getId()).describe(EnumSet.of(CompetenceDomain.EVALUATION,
                            CompetenceDomain.FUNDING, CompetenceDomain.HUMAN_RESOURCES), Set.of(REGION),
                    new BigDecimal("720.00"), new ConsultantProfile.Contact("Accueil " + name,
                            "contact@" + firm.getId() + ".cabinet.example", null), clock.instant()));
        }
        return firm.getId();
    }

    private Organisation structure(DemoStructure structure) {
        return organisations.findByName(structure.name()).orElseGet(() -> organisations.save(structure.toOrganisation()));
    }

    private List<Long> active(long collectiveId) {
        return collectives.participations(collectiveId).stream().filter(Participation::isActive)
                .map(Participation::getId).toList();
    }

    private void complete(String pid, String taskKey, Serializable submission) {
        Task task = taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).singleResult();
        completer.complete(task, COORDINATOR, submission);
    }

    private void completeTrack(String pid, String taskKey, long participationId, Serializable submission) {
        Task task = taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).list().stream()
                .filter(t -> Long.valueOf(participationId).equals(taskService.getVariable(t.getId(), VAR_PARTICIPATION_ID)))
                .findFirst().orElseThrow();
        completer.complete(task, COORDINATOR, submission);
    }

    private static long id(List<Organisation> organisations, DemoStructure structure) {
        return organisations.stream().filter(o -> o.getName().equals(structure.name())).findFirst().orElseThrow().getId();
    }

    private static DemoStructure byName(Participation participation) {
        return HautsDeFranceStructures.CENSUS.stream()
                .filter(s -> s.name().equals(participation.getOrganisation().getName())).findFirst().orElseThrow();
    }
}

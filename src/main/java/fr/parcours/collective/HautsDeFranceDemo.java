package fr.parcours.collective;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_MOBILISATION_MEETING;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_SESSION;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_CENSUS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_NEEDS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_STRUCTURE_WORK;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_SELECT_CONSULTANT;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_WRITE_SPECIFICATIONS;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PARTICIPATION_ID;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_SUBMISSION;

import fr.parcours.collective.HautsDeFranceStructures.DemoStructure;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.tasklist.TaskCompleter;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    private final JdbcTemplate jdbc;
    private final OrganisationRepository organisations;
    private final CollectiveService collectives;
    private final DeliverablesService deliverables;
    private final TaskCompleter completer;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final Scopes scopes;
    private final Clock clock;

    HautsDeFranceDemo(JdbcTemplate jdbc, OrganisationRepository organisations, CollectiveService collectives,
                      DeliverablesService deliverables, TaskCompleter completer, TaskService taskService,
                      IdentityService identityService, Scopes scopes, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.collectives = collectives;
        this.deliverables = deliverables;
        this.completer = completer;
        this.taskService = taskService;
        this.identityService = identityService;
        this.scopes = scopes;
        this.clock = clock;
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

        CollectiveAccompaniment collective = collectives.open(new NewCollective(TITLE, REGION, 6, start), COORDINATOR,
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
        selectConsultant(pid);
        for (Participation participation : collectives.participations(collective.getId())) {
            if (present.contains(participation.getId())) {
                completeTrack(pid, TASK_RECORD_STRUCTURE_NEEDS, participation.getId(), new TrackReport(
                        byName(participation).needs(), TrackOutcome.CONTINUING, null, COORDINATOR));
            }
        }
        runTheAccompaniment(pid, collective.getId(), start);
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
        completeTrack(pid, TASK_RECORD_STRUCTURE_WORK, ids.get("Médiation Lille Sud"), new TrackReport(
                "Plan d'action adopté par le conseil d'administration", TrackOutcome.DELIVERED, null, COORDINATOR));
        deliverables.record(ids.get("Roubaix Médiation Sociale"),
                HautsDeFranceDemoDeliverables.underway(start.plusDays(80)), COORDINATOR);
        completeTrack(pid, TASK_RECORD_STRUCTURE_WORK, ids.get("Roubaix Médiation Sociale"), new TrackReport(
                "Dossier déposé auprès d'une fondation ; évaluation CITER en cours", TrackOutcome.CONTINUING, null,
                COORDINATOR));
    }

    /** Cahier des charges answered: France Médiation retained. The single step the lead may replace by a selection. */
    private void selectConsultant(String pid) {
        long franceMediation = organisations.findByName("France Médiation").orElseThrow().getId();
        complete(pid, TASK_SELECT_CONSULTANT, new SelectedConsultant(franceMediation,
                "Référentiel d'évaluation CITER, modèles économiques de la médiation sociale, connaissance des"
                        + " conventions adultes-relais", COORDINATOR));
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
        completer.complete(task.getId(), taskKey, COORDINATOR, Map.of(VAR_SUBMISSION, submission));
    }

    private void completeTrack(String pid, String taskKey, long participationId, Serializable submission) {
        Task task = taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).list().stream()
                .filter(t -> Long.valueOf(participationId).equals(taskService.getVariable(t.getId(), VAR_PARTICIPATION_ID)))
                .findFirst().orElseThrow();
        completer.complete(task.getId(), taskKey, COORDINATOR, Map.of(VAR_SUBMISSION, submission));
    }

    private static long id(List<Organisation> organisations, DemoStructure structure) {
        return organisations.stream().filter(o -> o.getName().equals(structure.name())).findFirst().orElseThrow().getId();
    }

    private static DemoStructure byName(Participation participation) {
        return HautsDeFranceStructures.CENSUS.stream()
                .filter(s -> s.name().equals(participation.getOrganisation().getName())).findFirst().orElseThrow();
    }
}

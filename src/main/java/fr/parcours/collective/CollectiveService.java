package fr.parcours.collective;

import static fr.parcours.collective.process.DlaCollectiveProcess.KEY;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_COLLECTIVE_ID;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_COORDINATOR_GROUP;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PLANNED_END;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.sessions.CollectiveSession;
import fr.parcours.collective.sessions.CollectiveSessionRepository;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.collective.tracks.ParticipationRepository;
import fr.parcours.identity.EngineRights;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.organisation.Territory;
import java.time.Clock;
import java.time.Year;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens collective accompaniments and reads them within a coordinator's region. */
@Service
public class CollectiveService {

    private final CollectiveAccompanimentRepository collectives;
    private final ParticipationRepository participations;
    private final CollectiveSessionRepository sessions;
    private final OrganisationRepository organisations;
    private final RuntimeService runtimeService;
    private final EngineRights engineRights;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CollectiveService(CollectiveAccompanimentRepository collectives, ParticipationRepository participations,
                      CollectiveSessionRepository sessions, OrganisationRepository organisations,
                      RuntimeService runtimeService, EngineRights engineRights, Clock clock,
                      ApplicationEventPublisher events) {
        this.collectives = collectives;
        this.participations = participations;
        this.sessions = sessions;
        this.organisations = organisations;
        this.runtimeService = runtimeService;
        this.engineRights = engineRights;
        this.clock = clock;
        this.events = events;
    }

    /** Records the collective and starts its process; refuses a region outside the coordinator's scope. */
    @Transactional
    public CollectiveAccompaniment open(NewCollective request, String userId, UserScope scope) {
        if (!scope.runsRegion(request.regionCode())) {
            throw new CaseNotFoundException(request.regionCode());
        }
        String businessKey = "DLAC-%d-%05d".formatted(Year.now(clock).getValue(), collectives.nextNumber());
        CollectiveAccompaniment collective = collectives.save(new CollectiveAccompaniment(businessKey,
                request.title(), request.regionCode(), request.plannedMonths(), request.startDate(), userId));
        Date plannedEnd = Date.from(collective.plannedEnd().atStartOfDay(clock.getZone()).toInstant());
        // The region was checked above: the app starts the process, coordinators hold no right to start one.
        ProcessInstance instance = engineRights.withoutUserChecks(() -> runtimeService.startProcessInstanceByKey(KEY,
                businessKey, Map.of(
                        VAR_COLLECTIVE_ID, collective.getId(),
                        VAR_COORDINATOR_GROUP, Groups.coordinatorsOf(collective.getRegionCode()),
                        VAR_PLANNED_END, plannedEnd)));
        collective.attachProcess(instance.getId());
        events.publishEvent(new CaseEvent(CollectiveAccompaniment.CASE_TYPE, collective.getId(), "collective-opened",
                userId, collective.getCreatedAt(), "%s, région %s, %d mois à partir du %s".formatted(
                        collective.getBusinessKey(), collective.getRegionCode(), collective.getPlannedMonths(),
                        collective.getStartDate())));
        return collective;
    }

    /** The collective if the user may see it: coordinators their region, national users all; 404 otherwise. */
    @Transactional(readOnly = true)
    public CollectiveAccompaniment visibleTo(long collectiveId, UserScope scope) {
        return collectives.findById(collectiveId)
                .filter(found -> runs(scope, found))
                .orElseThrow(() -> new CaseNotFoundException(collectiveId));
    }

    /** The collective of a task's process instance, if the user runs its region; 404 otherwise. */
    @Transactional(readOnly = true)
    public CollectiveAccompaniment ofProcessVisibleTo(String processInstanceId, UserScope scope) {
        return collectives.findByProcessInstanceId(processInstanceId)
                .filter(found -> runs(scope, found))
                .orElseThrow(() -> new CaseNotFoundException(processInstanceId));
    }

    /** A collective whose sessions the user may hold: its region's coordinators or the chosen firm; 404 otherwise. */
    @Transactional(readOnly = true)
    public CollectiveAccompaniment heldBy(long collectiveId, UserScope scope) {
        return collectives.findById(collectiveId)
                .filter(found -> holds(scope, found))
                .orElseThrow(() -> new CaseNotFoundException(collectiveId));
    }

    /** The collective of a session task's process instance, if the user may hold its sessions; 404 otherwise. */
    @Transactional(readOnly = true)
    public CollectiveAccompaniment ofProcessHeldBy(String processInstanceId, UserScope scope) {
        return collectives.findByProcessInstanceId(processInstanceId)
                .filter(found -> holds(scope, found))
                .orElseThrow(() -> new CaseNotFoundException(processInstanceId));
    }

    /** For a consultant: a collective its firm was chosen for; 404 for any other, even of the same region. */
    @Transactional(readOnly = true)
    public CollectiveAccompaniment chosenFor(long collectiveId, UserScope scope) {
        return collectives.findById(collectiveId)
                .filter(found -> chosenFirm(scope, found))
                .orElseThrow(() -> new CaseNotFoundException(collectiveId));
    }

    /** For a consultant: the collectives its firm was chosen for, the latest first. */
    @Transactional(readOnly = true)
    public List<CollectiveAccompaniment> chosenList(UserScope scope) {
        if (scope.getOrganisationId() == null) {
            return List.of();
        }
        return collectives.findByConsultantOrganisationIdOrderByCreatedAtDesc(scope.getOrganisationId());
    }

    @Transactional(readOnly = true)
    public List<CollectiveAccompaniment> visibleList(UserScope scope) {
        if (scope.isNational()) {
            return collectives.findAllByOrderByCreatedAtDesc();
        }
        if (!scope.isRegional()) {
            return List.of();
        }
        return collectives.findByRegionCodeOrderByCreatedAtDesc(scope.getRegionCode());
    }

    @Transactional(readOnly = true)
    public List<Participation> participations(long collectiveId) {
        return participations.findByCollectiveIdOrderByOrganisationName(collectiveId);
    }

    @Transactional(readOnly = true)
    public List<CollectiveSession> sessions(long collectiveId) {
        return sessions.findByCollectiveIdOrderByHeldOnAscIdAsc(collectiveId);
    }

    /** Two queries whatever the number of structures: participations with organisations, sessions with attendance. */
    @Transactional(readOnly = true)
    public CollectiveOverview overview(long collectiveId, UserScope scope) {
        return overviewOf(visibleTo(collectiveId, scope));
    }

    /** The same overview for the consultant firm chosen for the collective; 404 for anyone else. */
    @Transactional(readOnly = true)
    public CollectiveOverview firmOverview(long collectiveId, UserScope scope) {
        return overviewOf(chosenFor(collectiveId, scope));
    }

    private CollectiveOverview overviewOf(CollectiveAccompaniment collective) {
        List<CollectiveSession> held = sessions(collective.getId());
        List<CollectiveOverview.StructureRow> rows = participations(collective.getId()).stream()
                .map(participation -> new CollectiveOverview.StructureRow(participation, held.stream()
                        .filter(session -> session.getAttendance().contains(participation.getId())).count()))
                .toList();
        return new CollectiveOverview(collective, rows, held);
    }

    /** Structures of the collective's region that the census may list. */
    @Transactional(readOnly = true)
    public List<Organisation> eligibleStructures(CollectiveAccompaniment collective) {
        return organisations.findByKindOrderByName(OrganisationKind.STRUCTURE).stream()
                .filter(organisation -> collective.getRegionCode().equals(organisation.getRegionCode()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Organisation> consultants() {
        return organisations.findByKindOrderByName(OrganisationKind.CONSULTANT);
    }

    /** Regions where the user may open a collective: a coordinator's own, or every known one for national users. */
    @Transactional(readOnly = true)
    public List<String> regionsOpenTo(UserScope scope) {
        if (scope.isNational()) {
            return organisations.findTerritories().stream().map(Territory::regionCode).distinct().sorted().toList();
        }
        return scope.isRegional() ? List.of(scope.getRegionCode()) : List.of();
    }

    /** Regional coordinators run their own region's collectives; national users (admins) any. */
    private static boolean runs(UserScope scope, CollectiveAccompaniment collective) {
        return scope.runsRegion(collective.getRegionCode());
    }

    /** The sessions are held by those who run the collective and by the consultant firm chosen for it. */
    private static boolean holds(UserScope scope, CollectiveAccompaniment collective) {
        return runs(scope, collective) || chosenFirm(scope, collective);
    }

    private static boolean chosenFirm(UserScope scope, CollectiveAccompaniment collective) {
        return scope.getOrganisationId() != null
                && scope.getOrganisationId().equals(collective.getConsultantOrganisationId());
    }
}

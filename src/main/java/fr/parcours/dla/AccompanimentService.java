package fr.parcours.dla;

import static fr.parcours.dla.process.DlaIndividualProcess.KEY;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_FOLLOW_UPS_DONE;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_OFFICER_GROUP;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.audit.CaseEvent;
import fr.parcours.identity.EngineRights;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import java.time.Clock;
import java.time.Instant;
import fr.parcours.organisation.NewStructure;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.SiretTakenException;
import fr.parcours.organisation.Territory;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accompaniments and records their outcomes. Every write here runs in the transaction of the
 * engine step that triggered it, so a failure rolls back both.
 */
@Service
public class AccompanimentService {

    private final AccompanimentRepository accompaniments;
    private final OrganisationRepository organisations;
    private final RuntimeService runtimeService;
    private final EngineRights engineRights;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccompanimentService(AccompanimentRepository accompaniments, OrganisationRepository organisations,
                         RuntimeService runtimeService, EngineRights engineRights, Clock clock,
                         ApplicationEventPublisher events) {
        this.accompaniments = accompaniments;
        this.organisations = organisations;
        this.runtimeService = runtimeService;
        this.engineRights = engineRights;
        this.clock = clock;
        this.events = events;
    }

    /** Records a structure's request and starts its process; refuses a structure outside the officer's scope. */
    @Transactional
    public Accompaniment open(long organisationId, String motive, String userId, UserScope scope) {
        Organisation organisation = organisations.findById(organisationId)
                .filter(found -> found.getKind() == OrganisationKind.STRUCTURE)
                .filter(found -> scope.covers(found.getRegionCode(), found.getDepartmentCode()))
                .orElseThrow(() -> new CaseNotFoundException(organisationId));
        String businessKey = "DLA-%d-%06d".formatted(Year.now(clock).getValue(), accompaniments.nextNumber());
        Accompaniment accompaniment = accompaniments.save(new Accompaniment(businessKey, organisation, motive, userId));
        // The scope was checked above: the app starts the process, officers hold no right to start one themselves.
        ProcessInstance instance = engineRights.withoutUserChecks(() -> runtimeService.startProcessInstanceByKey(KEY,
                businessKey, Map.of(
                        VAR_ACCOMPANIMENT_ID, accompaniment.getId(),
                        VAR_OFFICER_GROUP, Groups.dlaOfficersOf(accompaniment.getDepartmentCode()),
                        VAR_FOLLOW_UPS_DONE, 0)));
        accompaniment.attachProcess(instance.getId());
        events.publishEvent(new CaseEvent(CaseEvent.ACCOMPANIMENT, accompaniment.getId(), "opened", userId,
                accompaniment.getCreatedAt(), organisation.getName()));
        return accompaniment;
    }

    /**
     * Registers a new structure of the officer's territory and opens its first accompaniment, in one
     * transaction. Refuses a department outside the scope and a SIRET already registered.
     */
    @Transactional
    public Accompaniment openForNewStructure(NewStructure structure, String motive, String userId, UserScope scope) {
        if (!territoriesOpenTo(scope).contains(structure.territory())) {
            throw new CaseNotFoundException(structure.territory());
        }
        if (organisations.existsBySiret(structure.siret())) {
            throw new SiretTakenException(structure.siret());
        }
        Organisation organisation = organisations.saveAndFlush(structure.toOrganisation());
        Accompaniment accompaniment = open(organisation.getId(), motive, userId, scope);
        events.publishEvent(new CaseEvent(CaseEvent.ACCOMPANIMENT, accompaniment.getId(), "structure-registered",
                userId, organisation.getCreatedAt(), "%s, SIRET %s, %s, %s (%s)".formatted(organisation.getName(),
                        organisation.getSiret(), organisation.getLegalForm(), organisation.getCity(),
                        organisation.getDepartmentCode())));
        return accompaniment;
    }

    /** Persists the intake decision; returns whether the structure goes on to the diagnostic. */
    @Transactional
    public boolean recordIntake(long accompanimentId, IntakeDecision decision) {
        Accompaniment accompaniment = accompaniments.findById(accompanimentId)
                .orElseThrow(() -> new CaseNotFoundException(accompanimentId));
        Instant now = Instant.now(clock);
        accompaniment.recordIntake(decision, now);
        events.publishEvent(new CaseEvent(CaseEvent.ACCOMPANIMENT, accompanimentId,
                decision.accepted() ? "intake-accepted" : "intake-referred", decision.decidedBy(), now,
                decision.accepted() ? null : decision.referralPartner()));
        return decision.accepted();
    }

    /** The latest cases of the user's scope; consultants see none here (their missions come later). */
    @Transactional(readOnly = true)
    public List<Accompaniment> latestVisible(UserScope scope, int max) {
        if (scope.getOrganisationId() != null) {
            return List.of();
        }
        List<String> departments = scope.departmentCodes();
        return accompaniments.findVisible(scope.getRegionCode(), departments.isEmpty(),
                departments.isEmpty() ? List.of("") : departments, PageRequest.of(0, max));
    }

    @Transactional(readOnly = true)
    public List<Organisation> structuresOpenTo(UserScope scope) {
        return organisations.findByKindOrderByName(OrganisationKind.STRUCTURE).stream()
                .filter(organisation -> scope.covers(organisation.getRegionCode(), organisation.getDepartmentCode()))
                .toList();
    }

    /** Where the user may register new structures: their own department, or the known ones of their region. */
    @Transactional(readOnly = true)
    public List<Territory> territoriesOpenTo(UserScope scope) {
        if (scope.getOrganisationId() != null) {
            return List.of();
        }
        if (scope.getDepartmentCode() != null) {
            return scope.departmentCodes().stream()
                    .map(department -> new Territory(department, scope.getRegionCode())).toList();
        }
        return organisations.findTerritories().stream()
                .filter(territory -> scope.covers(territory.regionCode(), territory.departmentCode()))
                .sorted(Comparator.comparing(Territory::departmentCode))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean isSiretRegistered(String siret) {
        return organisations.existsBySiret(siret);
    }

    @Transactional(readOnly = true)
    public Accompaniment visibleTo(long accompanimentId, UserScope scope) {
        return accompaniments.findById(accompanimentId)
                .filter(found -> scope.getOrganisationId() == null
                        && scope.covers(found.getOrganisation().getRegionCode(), found.getDepartmentCode()))
                .orElseThrow(() -> new CaseNotFoundException(accompanimentId));
    }

    /** The accompaniment a process instance carries, if the user's scope covers it (a task's case, whatever its variables say). */
    @Transactional(readOnly = true)
    public Accompaniment ofProcessVisibleTo(String processInstanceId, UserScope scope) {
        return accompaniments.findByProcessInstanceId(processInstanceId)
                .map(found -> visibleTo(found.getId(), scope))
                .orElseThrow(() -> new CaseNotFoundException(processInstanceId));
    }

    /** The id of the accompaniment a process instance carries, for records below it that have a scope of their own. */
    @Transactional(readOnly = true)
    public long idOfProcess(String processInstanceId) {
        return accompaniments.findByProcessInstanceId(processInstanceId).map(Accompaniment::getId)
                .orElseThrow(() -> new CaseNotFoundException(processInstanceId));
    }
}

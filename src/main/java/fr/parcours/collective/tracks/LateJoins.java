package fr.parcours.collective.tracks;

import static fr.parcours.collective.process.DlaCollectiveProcess.SUBPROCESS_STRUCTURE_TRACK;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_PARTICIPATION_ID;

import fr.parcours.audit.CaseEvent;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectivePhase;
import fr.parcours.collective.CollectiveService;
import fr.parcours.identity.EngineRights;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A structure joining a collective after the mobilisation meeting: it participates from its joining date and
 * gets its own track, added to the running multi-instance of {@code SubProcess_StructureTrack}.
 */
@Service
public class LateJoins {

    private static final String TRACKS_BODY = SUBPROCESS_STRUCTURE_TRACK + "#multiInstanceBody";

    private final CollectiveService collectives;
    private final ParticipationRepository participations;
    private final RuntimeService runtimeService;
    private final EngineRights engineRights;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LateJoins(CollectiveService collectives, ParticipationRepository participations, RuntimeService runtimeService,
              EngineRights engineRights, Clock clock, ApplicationEventPublisher events) {
        this.collectives = collectives;
        this.participations = participations;
        this.runtimeService = runtimeService;
        this.engineRights = engineRights;
        this.clock = clock;
        this.events = events;
    }

    /** Structures of the region that may still join: not participating, never dropped out. Empty outside the work phase. */
    @Transactional(readOnly = true)
    public List<Organisation> joinable(CollectiveAccompaniment collective) {
        if (collective.getPhase() != CollectivePhase.WORK) {
            return List.of();
        }
        Set<Long> taken = collectives.participations(collective.getId()).stream()
                .filter(participation -> participation.getStatus() != ParticipationStatus.INVITED)
                .map(participation -> participation.getOrganisation().getId()).collect(Collectors.toSet());
        return collectives.eligibleStructures(collective).stream()
                .filter(organisation -> !taken.contains(organisation.getId())).toList();
    }

    /** Joins the structure and starts its track; refuses a structure that {@link #joinable} does not offer. */
    @Transactional
    public Participation join(long collectiveId, long organisationId, LocalDate joinedOn, String userId, UserScope scope) {
        CollectiveAccompaniment collective = collectives.visibleTo(collectiveId, scope);
        Organisation organisation = joinable(collective).stream()
                .filter(candidate -> candidate.getId() == organisationId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cannot join collective " + collectiveId + ": " + organisationId));
        Participation participation = collectives.participations(collectiveId).stream()
                .filter(existing -> existing.getOrganisation().getId() == organisationId).findFirst()
                .orElseGet(() -> participations.save(new Participation(collectiveId, organisation)));
        participation.join(joinedOn);
        participations.flush();
        // The scope was checked above; the modification itself is the app's, not a right coordinators hold in the engine.
        engineRights.withoutUserChecks(() -> {
            ActivityInstance tracks = tracksBody(runtimeService.getActivityInstance(collective.getProcessInstanceId()));
            if (tracks == null) {
                throw new IllegalStateException("The structure tracks of collective " + collectiveId + " are over");
            }
            runtimeService.createProcessInstanceModification(collective.getProcessInstanceId())
                    .startBeforeActivity(SUBPROCESS_STRUCTURE_TRACK, tracks.getId())
                    .setVariableLocal(VAR_PARTICIPATION_ID, participation.getId())
                    .execute();
            return null;
        });
        events.publishEvent(new CaseEvent(CollectiveAccompaniment.CASE_TYPE, collectiveId, "structure-joined-late", userId,
                Instant.now(clock), organisation.getName() + " : " + joinedOn));
        return participation;
    }

    private static ActivityInstance tracksBody(ActivityInstance instance) {
        if (instance == null) {
            return null;
        }
        if (TRACKS_BODY.equals(instance.getActivityId())) {
            return instance;
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            ActivityInstance found = tracksBody(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}

package fr.parcours.collective;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.census.CensusEntry;
import fr.parcours.collective.census.CensusReport;
import fr.parcours.collective.census.MobilisationMeeting;
import fr.parcours.collective.sessions.CollectiveSession;
import fr.parcours.collective.sessions.CollectiveSessionRepository;
import fr.parcours.collective.sessions.SessionReport;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.collective.tracks.ParticipationRepository;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the collective steps of a collective accompaniment (census to follow-up). Called by the
 * delegates, in the transaction of the engine step: a failure here rolls both back.
 */
@Service
public class CollectiveSteps {

    private final CollectiveAccompanimentRepository collectives;
    private final ParticipationRepository participations;
    private final CollectiveSessionRepository sessions;
    private final OrganisationRepository organisations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CollectiveSteps(CollectiveAccompanimentRepository collectives, ParticipationRepository participations,
                    CollectiveSessionRepository sessions, OrganisationRepository organisations, Clock clock,
                    ApplicationEventPublisher events) {
        this.collectives = collectives;
        this.participations = participations;
        this.sessions = sessions;
        this.organisations = organisations;
        this.clock = clock;
        this.events = events;
    }

    /** Invites every structure of the census; one of another region, or outside the census criteria, is refused. */
    @Transactional
    public void recordCensus(long collectiveId, CensusReport report) {
        CollectiveAccompaniment collective = load(collectiveId);
        if (new HashSet<>(report.organisationIds()).size() != report.structures().size()) {
            throw new IllegalArgumentException("A structure is listed twice in the census of " + collectiveId);
        }
        for (CensusEntry entry : report.structures()) {
            if (!entry.eligible()) {
                throw new IllegalArgumentException("Outside the census criteria: " + entry.organisationId());
            }
            participations.save(new Participation(collectiveId, organisations.findById(entry.organisationId())
                    .filter(found -> found.getKind() == OrganisationKind.STRUCTURE)
                    .filter(found -> collective.getRegionCode().equals(found.getRegionCode()))
                    .orElseThrow(() -> new IllegalArgumentException("Not an eligible structure: " + entry.organisationId())),
                    entry));
        }
        collective.recordCensus(report.criteria());
        int agreements = report.structures().stream().mapToInt(CensusEntry::adultesRelaisAgreements).sum();
        publish(collectiveId, "census-recorded", report.recordedBy(), "%d structures, %d conventions adultes-relais"
                .formatted(report.structures().size(), agreements));
    }

    /** The structures present participate from the meeting on; returns their participations, one track each. */
    @Transactional
    public ArrayList<Long> recordMeeting(long collectiveId, MobilisationMeeting meeting) {
        CollectiveAccompaniment collective = load(collectiveId);
        Set<Long> present = new HashSet<>(meeting.presentParticipationIds());
        ArrayList<Long> tracks = new ArrayList<>();
        for (Participation participation : participations.findByCollectiveIdOrderByOrganisationName(collectiveId)) {
            if (present.remove(participation.getId())) {
                participation.join(meeting.heldOn());
                tracks.add(participation.getId());
            }
        }
        if (!present.isEmpty()) {
            throw new IllegalArgumentException("Not invited to collective " + collectiveId + ": " + present);
        }
        collective.recordMeeting(meeting.heldOn(), meeting.needsVoiced());
        publish(collectiveId, "mobilisation-meeting-recorded", meeting.recordedBy(),
                "%s : %d structures présentes".formatted(meeting.heldOn(), tracks.size()));
        return tracks;
    }

    @Transactional
    public void recordSpecifications(long collectiveId, StepNote note) {
        load(collectiveId).recordSpecifications(note.text());
        publish(collectiveId, "collective-specifications-recorded", note.recordedBy(), null);
    }

    /** Records a session with the participating structures present; anyone else is refused. */
    @Transactional
    public void recordSession(long collectiveId, SessionReport report) {
        load(collectiveId);
        Set<Long> active = new HashSet<>();
        participations.findByCollectiveIdOrderByOrganisationName(collectiveId).stream()
                .filter(Participation::isActive).forEach(participation -> active.add(participation.getId()));
        if (!active.containsAll(report.presentParticipationIds())) {
            throw new IllegalArgumentException("Attendance outside the participating structures of " + collectiveId);
        }
        sessions.save(new CollectiveSession(collectiveId, report.heldOn(), report.theme(), report.notes(),
                new HashSet<>(report.presentParticipationIds()), report.recordedBy()));
        publish(collectiveId, "collective-session-recorded", report.recordedBy(), "%s, %s : %d structures présentes"
                .formatted(report.heldOn(), report.theme(), report.presentParticipationIds().size()));
    }

    @Transactional
    public void recordEndEvaluation(long collectiveId, StepNote note) {
        load(collectiveId).recordEndEvaluation(note.text());
        publish(collectiveId, "collective-evaluated", note.recordedBy(), null);
    }

    @Transactional
    public void recordFollowUp(long collectiveId, StepNote note) {
        load(collectiveId).recordFollowUp(note.text());
        publish(collectiveId, "collective-followed-up", note.recordedBy(), null);
    }

    @Transactional
    public void recordLateness(long collectiveId, StepNote note) {
        load(collectiveId).recordLateness(Instant.now(clock), note.text());
        publish(collectiveId, "collective-lateness-handled", note.recordedBy(), null);
    }

    private CollectiveAccompaniment load(long collectiveId) {
        return collectives.findById(collectiveId).orElseThrow(() -> new CaseNotFoundException(collectiveId));
    }

    private void publish(long collectiveId, String action, String actor, String details) {
        events.publishEvent(new CaseEvent(CollectiveAccompaniment.CASE_TYPE, collectiveId, action, actor,
                Instant.now(clock), details));
    }
}

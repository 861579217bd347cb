package fr.parcours.collective.tracks;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.CollectiveAccompaniment;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the steps of one structure's own track: its needs, its work, its deliverables or its drop-out. */
@Service
public class TrackService {

    private final ParticipationRepository participations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TrackService(ParticipationRepository participations, Clock clock, ApplicationEventPublisher events) {
        this.participations = participations;
        this.clock = clock;
        this.events = events;
    }

    /** A structure's participation in this collective; empty for one of another collective. */
    @Transactional(readOnly = true)
    public Optional<Participation> within(long collectiveId, long participationId) {
        return participations.findByIdAndCollectiveId(participationId, collectiveId);
    }

    /** The structure's needs, or its drop-out; returns where the track goes next. */
    @Transactional
    public TrackOutcome recordNeeds(long participationId, TrackReport report) {
        Participation participation = load(participationId);
        if (report.droppedOut()) {
            return dropOut(participation, report);
        }
        participation.recordNeeds(report.text());
        publish(participation, "structure-needs-recorded", report.recordedBy());
        return TrackOutcome.CONTINUING;
    }

    /** A work note on the structure's track, closing it when the deliverables are done or it drops out. */
    @Transactional
    public TrackOutcome recordWork(long participationId, TrackReport report) {
        Participation participation = load(participationId);
        if (report.droppedOut()) {
            return dropOut(participation, report);
        }
        LocalDate today = LocalDate.now(clock);
        participation.addWorkNote(today, report.text());
        if (report.outcome() == TrackOutcome.DELIVERED) {
            participation.deliver(today);
        }
        publish(participation, report.outcome() == TrackOutcome.DELIVERED ? "structure-delivered"
                : "structure-work-recorded", report.recordedBy());
        return report.outcome();
    }

    private TrackOutcome dropOut(Participation participation, TrackReport report) {
        participation.dropOut(LocalDate.now(clock), report.dropOutReason());
        publish(participation, "structure-dropped-out", report.recordedBy());
        return TrackOutcome.DROPPED_OUT;
    }

    private Participation load(long participationId) {
        return participations.findById(participationId)
                .orElseThrow(() -> new CaseNotFoundException(participationId));
    }

    /** The details name the structure (an organisation) only: the notes and reasons are free text, kept out of the trail. */
    private void publish(Participation participation, String action, String actor) {
        events.publishEvent(new CaseEvent(CollectiveAccompaniment.CASE_TYPE, participation.getCollectiveId(), action,
                actor, Instant.now(clock), participation.getOrganisation().getName()));
    }
}

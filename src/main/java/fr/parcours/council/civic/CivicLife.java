package fr.parcours.council.civic;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilService;
import fr.parcours.identity.UserScope;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the council's civic life, for the users who reach the council (404 otherwise): each write and its audit
 * record in one transaction. The audit details name no member, so that an erasure leaves no name behind.
 */
@Service
public class CivicLife {

    private final CouncilService councils;
    private final CivicChoices choices;
    private final SteeringMeetingRepository steeringMeetings;
    private final InterpellationRepository interpellations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CivicLife(CouncilService councils, CivicChoices choices, SteeringMeetingRepository steeringMeetings,
              InterpellationRepository interpellations, Clock clock, ApplicationEventPublisher events) {
        this.councils = councils;
        this.choices = choices;
        this.steeringMeetings = steeringMeetings;
        this.interpellations = interpellations;
        this.clock = clock;
        this.events = events;
    }

    /** Only members of this council can have sat for it. */
    @Transactional
    public SteeringMeeting recordSteeringMeeting(long councilId, NewSteeringMeeting request, String userId,
                                                 UserScope scope) {
        councils.visibleTo(councilId, userId, scope);
        if (!choices.areMembers(councilId, request.attendeeIds())) {
            throw new IllegalArgumentException("Attendees must be members of council " + councilId);
        }
        SteeringMeeting meeting = steeringMeetings.save(new SteeringMeeting(councilId, request, userId));
        audit(councilId, "council-steering-meeting-recorded", userId, "%s du %s, %d membres présents"
                .formatted(request.body(), request.heldOn(), request.attendeeIds().size()));
        return meeting;
    }

    /** The meeting that decided it, if given, must be a held meeting of this council. */
    @Transactional
    public Interpellation send(long councilId, NewInterpellation request, String userId, UserScope scope) {
        councils.visibleTo(councilId, userId, scope);
        if (!choices.isHeldMeeting(councilId, request.decidedAtMeetingId())) {
            throw new IllegalArgumentException("Meeting " + request.decidedAtMeetingId() + " is not held by council "
                    + councilId);
        }
        Interpellation interpellation = interpellations.save(new Interpellation(councilId, request, userId));
        audit(councilId, "council-interpellation-sent", userId, "interpellation %d, %s, le %s"
                .formatted(interpellation.getId(), request.institution(), request.sentOn()));
        return interpellation;
    }

    @Transactional
    public void answer(long councilId, long interpellationId, InterpellationAnswer answer, String userId,
                       UserScope scope) {
        Interpellation interpellation = interpellation(councilId, interpellationId, userId, scope);
        interpellation.answer(answer);
        audit(councilId, "council-interpellation-answered", userId, "interpellation %d, réponse du %s"
                .formatted(interpellationId, answer.answeredOn()));
    }

    /** The council gives up waiting; a late answer can still be recorded afterwards. */
    @Transactional
    public void closeWithoutAnswer(long councilId, long interpellationId, String userId, UserScope scope) {
        interpellation(councilId, interpellationId, userId, scope).closeWithoutAnswer();
        audit(councilId, "council-interpellation-unanswered", userId, "interpellation %d".formatted(interpellationId));
    }

    /** One of the council's interpellations, within the user's reach; 404 otherwise. */
    @Transactional(readOnly = true)
    public Interpellation interpellation(long councilId, long interpellationId, String userId, UserScope scope) {
        councils.visibleTo(councilId, userId, scope);
        return interpellations.findById(interpellationId)
                .filter(found -> found.getCouncilId() == councilId)
                .orElseThrow(() -> new CaseNotFoundException(interpellationId));
    }

    private void audit(long councilId, String action, String userId, String details) {
        events.publishEvent(new CaseEvent(Council.CASE_TYPE, councilId, action, userId, clock.instant(), details));
    }
}

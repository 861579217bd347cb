package fr.parcours.council.draws;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilService;
import fr.parcours.council.members.College;
import fr.parcours.council.members.CouncilMemberRepository;
import fr.parcours.council.members.CouncilMembers;
import fr.parcours.council.members.NewMember;
import fr.parcours.identity.UserScope;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws by lot of the residents' college, for the users who reach the council (404 otherwise): a draw and the
 * members it brings in are written in one transaction with their audit records, or not at all.
 */
@Service
public class CouncilDraws {

    private final CouncilService councils;
    private final CouncilMembers members;
    private final ResidentsDrawRepository draws;
    private final CouncilMemberRepository memberRepository;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CouncilDraws(CouncilService councils, CouncilMembers members, ResidentsDrawRepository draws,
                 CouncilMemberRepository memberRepository, Clock clock, ApplicationEventPublisher events) {
        this.councils = councils;
        this.draws = draws;
        this.members = members;
        this.memberRepository = memberRepository;
        this.clock = clock;
        this.events = events;
    }

    /** Records the draw; each person who accepted joins the residents' college on the draw's date. */
    @Transactional
    public ResidentsDraw record(long councilId, NewDraw request, String userId, UserScope scope) {
        councils.visibleTo(councilId, userId, scope);
        if (!request.answersAddUp() || request.lists().isEmpty()) {
            throw new IllegalArgumentException("A draw needs its lists and one answer per drawn person");
        }
        ResidentsDraw draw = draws.saveAndFlush(new ResidentsDraw(councilId, request, userId, clock.instant()));
        events.publishEvent(new CaseEvent(Council.CASE_TYPE, councilId, "council-draw-recorded", userId,
                clock.instant(), "tirage %d du %s : %d tirés sur %d noms, %d acceptations, %d refus, %d injoignables"
                        .formatted(draw.getId(), draw.getDrawnOn(), draw.getDrawnCount(), draw.namesInLists(),
                                request.accepted().size(), draw.getDeclinedCount(), draw.getUnreachableCount())));
        for (DrawnResident resident : request.accepted()) {
            members.addDrawnResident(councilId, new NewMember(resident.fullName(), College.RESIDENTS,
                    resident.gender(), request.drawnOn()), draw.getId(), userId);
        }
        return draw;
    }

    @Transactional(readOnly = true)
    public List<ResidentsDraw> of(long councilId) {
        return draws.findByCouncilIdOrderByDrawnOnDescIdDesc(councilId);
    }

    /** The procès-verbal of one draw of a council the user reaches; 404 for a draw of another council. */
    @Transactional(readOnly = true)
    public DrawRecord minutes(long councilId, long drawId, String userId, UserScope scope) {
        Council council = councils.visibleTo(councilId, userId, scope);
        ResidentsDraw draw = draws.findById(drawId).filter(d -> d.getCouncilId() == councilId)
                .orElseThrow(() -> new CaseNotFoundException(drawId));
        return new DrawRecord(council, draw, draw.getLists(), memberRepository.findByDrawIdOrderById(drawId));
    }
}

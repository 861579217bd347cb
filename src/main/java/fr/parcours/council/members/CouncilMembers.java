package fr.parcours.council.members;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.council.Council;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council's members, joining and leaving, each change audited without a name (members' personal data stays in
 * one place, erasable on request). Callers check the council is within the user's reach first.
 */
@Service
public class CouncilMembers {

    private final CouncilMemberRepository members;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CouncilMembers(CouncilMemberRepository members, Clock clock, ApplicationEventPublisher events) {
        this.members = members;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public CouncilMember addMember(long councilId, NewMember request, String userId) {
        return add(new CouncilMember(councilId, request, null), userId);
    }

    /** A resident drawn by lot who accepted: they keep the draw's id (it is part of their data export). */
    @Transactional
    public CouncilMember addDrawnResident(long councilId, NewMember request, long drawId, String userId) {
        return add(new CouncilMember(councilId, request, drawId), userId);
    }

    /** A member leaves on that date; refused for a member of another council or a date before they joined. */
    @Transactional
    public void leave(long councilId, long memberId, LocalDate leftOn, String userId) {
        CouncilMember member = members.findById(memberId)
                .filter(found -> found.getCouncilId() == councilId && found.isActive())
                .orElseThrow(() -> new CaseNotFoundException(memberId));
        if (leftOn.isBefore(member.getJoinedOn())) {
            throw new IllegalArgumentException("Member " + memberId + " cannot leave before joining");
        }
        member.leave(leftOn);
        events.publishEvent(new CaseEvent(Council.CASE_TYPE, councilId, "council-member-left", userId, clock.instant(),
                "membre %d, le %s".formatted(memberId, leftOn)));
    }

    /** Every member the council ever had, erased ones included, by college then name. */
    @Transactional(readOnly = true)
    public List<CouncilMember> members(long councilId) {
        return members.findByCouncilIdOrderByCollegeAscFullNameAsc(councilId);
    }

    @Transactional(readOnly = true)
    public List<CouncilMember> activeMembers(long councilId) {
        return members(councilId).stream().filter(CouncilMember::isActive).toList();
    }

    private CouncilMember add(CouncilMember joining, String userId) {
        CouncilMember member = members.save(joining);
        events.publishEvent(new CaseEvent(Council.CASE_TYPE, member.getCouncilId(), "council-member-joined", userId,
                clock.instant(), "membre %d, collège %s".formatted(member.getId(), member.getCollege())));
        return member;
    }
}

package fr.parcours.council.civic;

import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.cycles.CouncilCycleRepository;
import fr.parcours.council.cycles.CouncilMeeting;
import fr.parcours.council.cycles.CouncilMeetingRepository;
import fr.parcours.council.members.CouncilMember;
import fr.parcours.council.members.CouncilMembers;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a council's civic records may point to, offered by the forms and checked again by {@link CivicLife}:
 * its own members (not erased) and its own held meetings. Callers check the user's reach on the council.
 */
@Component
public class CivicChoices {

    private final CouncilMembers members;
    private final CouncilCycleRepository cycles;
    private final CouncilMeetingRepository meetings;

    CivicChoices(CouncilMembers members, CouncilCycleRepository cycles, CouncilMeetingRepository meetings) {
        this.members = members;
        this.cycles = cycles;
        this.meetings = meetings;
    }

    /** Past members too: a steering meeting may be recorded after someone left the council. */
    @Transactional(readOnly = true)
    public List<CouncilMember> members(long councilId) {
        return members.members(councilId).stream().filter(member -> !member.isErased()).toList();
    }

    @Transactional(readOnly = true)
    public List<CouncilMeeting> heldMeetings(long councilId) {
        List<Long> cycleIds = cycles.findByCouncilIdOrderByNumberDesc(councilId).stream().map(CouncilCycle::getId).toList();
        return meetings.findByCycleIdInOrderByPlannedOnDescIdDesc(cycleIds).stream()
                .filter(meeting -> Boolean.TRUE.equals(meeting.getHeld())).toList();
    }

    boolean areMembers(long councilId, Collection<Long> memberIds) {
        return members(councilId).stream().map(CouncilMember::getId).toList().containsAll(memberIds);
    }

    boolean isHeldMeeting(long councilId, Long meetingId) {
        return meetingId == null || heldMeetings(councilId).stream().anyMatch(m -> m.getId().equals(meetingId));
    }
}

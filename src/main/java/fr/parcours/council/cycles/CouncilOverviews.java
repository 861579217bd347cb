package fr.parcours.council.cycles;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilService;
import fr.parcours.council.members.College;
import fr.parcours.council.members.CouncilMember;
import fr.parcours.council.members.CouncilMembers;
import fr.parcours.council.members.LamyCheck;
import fr.parcours.identity.UserScope;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a council's page and its meetings' attendance records, within the user's reach (404 otherwise). */
@Service
public class CouncilOverviews {

    private final CouncilService councils;
    private final CouncilMembers members;
    private final CouncilCycleRepository cycles;
    private final CouncilMeetingRepository meetings;
    private final CouncilActionRepository actions;

    CouncilOverviews(CouncilService councils, CouncilMembers members, CouncilCycleRepository cycles,
                     CouncilMeetingRepository meetings, CouncilActionRepository actions) {
        this.councils = councils;
        this.members = members;
        this.cycles = cycles;
        this.meetings = meetings;
        this.actions = actions;
    }

    @Transactional(readOnly = true)
    public CouncilOverview overview(long councilId, String userId, UserScope scope) {
        Council council = councils.visibleTo(councilId, userId, scope);
        List<CouncilMember> active = members.activeMembers(councilId);
        List<CouncilCycle> councilCycles = cycles.findByCouncilIdOrderByNumberDesc(councilId);
        List<CouncilMeeting> councilMeetings = meetings.findByCycleIdInOrderByPlannedOnDescIdDesc(
                councilCycles.stream().map(CouncilCycle::getId).toList());
        Map<Long, List<CouncilMeeting>> byCycle = councilMeetings.stream()
                .collect(Collectors.groupingBy(CouncilMeeting::getCycleId));
        List<CouncilAction> open = councilMeetings.isEmpty() ? List.of()
                : actions.findByMeetingIdInOrderById(councilMeetings.stream().map(CouncilMeeting::getId).toList())
                        .stream().filter(CouncilAction::isOpen).toList();
        CouncilMeeting next = councilMeetings.stream().filter(m -> m.getHeld() == null)
                .min(Comparator.comparing(CouncilMeeting::getPlannedOn)).orElse(null);
        return new CouncilOverview(council, only(active, College.RESIDENTS), only(active, College.LOCAL_ACTORS),
                LamyCheck.of(active), next, open, councilCycles.stream()
                        .map(c -> new CouncilOverview.CycleRow(c, byCycle.getOrDefault(c.getId(), List.of()))).toList());
    }

    /** A held meeting's attendance: the members who had joined by then and not yet left, present or not. */
    @Transactional(readOnly = true)
    public AttendanceSheet attendance(long councilId, long meetingId, String userId, UserScope scope) {
        Council council = councils.visibleTo(councilId, userId, scope);
        CouncilMeeting meeting = meetings.findById(meetingId)
                .filter(m -> Boolean.TRUE.equals(m.getHeld()))
                .filter(m -> cycles.findById(m.getCycleId()).map(c -> c.getCouncilId().equals(councilId)).orElse(false))
                .orElseThrow(() -> new CaseNotFoundException(meetingId));
        List<AttendanceSheet.Row> rows = members.members(councilId).stream()
                .filter(m -> meeting.getAttendeeIds().contains(m.getId()) || memberOn(m, meeting))
                .map(m -> new AttendanceSheet.Row(m, meeting.getAttendeeIds().contains(m.getId())))
                .toList();
        return new AttendanceSheet(council, meeting, rows);
    }

    private static boolean memberOn(CouncilMember member, CouncilMeeting meeting) {
        return !member.getJoinedOn().isAfter(meeting.getPlannedOn())
                && (member.getLeftOn() == null || member.getLeftOn().isAfter(meeting.getPlannedOn()));
    }

    private static List<CouncilMember> only(List<CouncilMember> members, College college) {
        return members.stream().filter(m -> m.getCollege() == college).toList();
    }
}

package fr.parcours.council.civic;

import fr.parcours.council.CouncilService;
import fr.parcours.council.cycles.CouncilMeeting;
import fr.parcours.council.members.CouncilMember;
import fr.parcours.council.members.CouncilMembers;
import fr.parcours.identity.UserScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a council's civic life for its page, within the user's reach (404 otherwise). */
@Service
public class CivicOverviews {

    private final CouncilService councils;
    private final CouncilMembers members;
    private final CivicChoices choices;
    private final SteeringMeetingRepository steeringMeetings;
    private final InterpellationRepository interpellations;
    private final Clock clock;
    private final int answerDays;

    CivicOverviews(CouncilService councils, CouncilMembers members, CivicChoices choices,
                   SteeringMeetingRepository steeringMeetings, InterpellationRepository interpellations, Clock clock,
                   @Value("${parcours.council.interpellation-answer-days:60}") int answerDays) {
        this.councils = councils;
        this.members = members;
        this.choices = choices;
        this.steeringMeetings = steeringMeetings;
        this.interpellations = interpellations;
        this.clock = clock;
        this.answerDays = answerDays;
    }

    @Transactional(readOnly = true)
    public CivicOverview overview(long councilId, String userId, UserScope scope) {
        councils.visibleTo(councilId, userId, scope);
        Map<Long, CouncilMember> byId = members.members(councilId).stream()
                .collect(Collectors.toMap(CouncilMember::getId, Function.identity()));
        Map<Long, LocalDate> meetingDates = choices.heldMeetings(councilId).stream()
                .collect(Collectors.toMap(CouncilMeeting::getId, CouncilMeeting::getPlannedOn));
        LocalDate today = LocalDate.now(clock);
        return new CivicOverview(
                steeringMeetings.findByCouncilIdOrderByHeldOnDescIdDesc(councilId).stream()
                        .map(meeting -> new CivicOverview.SteeringRow(meeting, meeting.getAttendeeIds().stream()
                                .map(byId::get).sorted(Comparator.comparing(CouncilMember::getId)).toList()))
                        .toList(),
                interpellations.findByCouncilIdOrderBySentOnDescIdDesc(councilId).stream()
                        .map(i -> new CivicOverview.InterpellationRow(i, meetingDates.get(i.getDecidedAtMeetingId()),
                                i.isOverdue(today, answerDays)))
                        .toList(),
                answerDays);
    }
}

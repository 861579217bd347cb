package fr.parcours.council.privacy;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casefile.CaseNotes;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilService;
import fr.parcours.council.draws.ResidentsDraw;
import fr.parcours.council.draws.ResidentsDrawRepository;
import fr.parcours.council.members.CouncilMember;
import fr.parcours.council.members.CouncilMemberRepository;
import fr.parcours.identity.UserScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's personal data on request: export and erasure, for the users who reach the council (its facilitators,
 * the region's coordinators, admins); 404 otherwise, and 404 for a member of another council or already erased.
 */
@Service
public class MemberPrivacy {

    private final CouncilService councils;
    private final CouncilMemberRepository members;
    private final ResidentsDrawRepository draws;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CaseNotes notes;

    MemberPrivacy(CouncilService councils, CouncilMemberRepository members, ResidentsDrawRepository draws,
                  JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events, CaseNotes notes) {
        this.notes = notes;
        this.draws = draws;
        this.councils = councils;
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public MemberRecord export(long councilId, long memberId, String userId, UserScope scope) {
        Council council = councils.visibleTo(councilId, userId, scope);
        CouncilMember member = member(councilId, memberId);
        List<LocalDate> attended = jdbc.queryForList("""
                select m.planned_on from council_attendance a join council_meeting m on m.id = a.meeting_id
                where a.member_id = ? order by m.planned_on, m.id""", LocalDate.class, memberId);
        List<MemberRecord.SteeringSeat> steering = jdbc.query("""
                select s.held_on, s.body, s.body_name, s.subject
                from council_steering_attendance a join council_steering_meeting s on s.id = a.steering_meeting_id
                where a.member_id = ? order by s.held_on, s.id""",
                (row, n) -> new MemberRecord.SteeringSeat(row.getObject("held_on", LocalDate.class),
                        row.getString("body"), row.getString("body_name"), row.getString("subject")), memberId);
        ResidentsDraw draw = member.getDrawId() == null ? null : draws.findById(member.getDrawId()).orElseThrow();
        return new MemberRecord(council, member, attended, steering, draw);
    }

    /**
     * Erases the name for good and keeps an anonymous tombstone (see {@link CouncilMember#erase}), so the
     * attendance rows and every count by meeting, college and gender stay right. An action owner written as
     * the member's name is cleared too. The audit event names the member's id only. Steering-body seats hold the
     * member's id only: they stay, anonymous, in the council's participation counts. The council's notes that name
     * the member get {@link CaseNotes#ERASED_NAME} in place of the name.
     */
    @Transactional
    public void erase(long councilId, long memberId, String userId, UserScope scope) {
        councils.visibleTo(councilId, userId, scope);
        CouncilMember member = member(councilId, memberId);
        jdbc.update("""
                update council_action set owner = null where owner = ? and meeting_id in (
                    select m.id from council_meeting m join council_cycle c on c.id = m.cycle_id where c.council_id = ?)""",
                member.getFullName(), councilId);
        notes.eraseName(Council.CASE_TYPE, councilId, member.getFullName(), userId);
        member.erase(LocalDate.now(clock));
        events.publishEvent(new CaseEvent(Council.CASE_TYPE, councilId, "council-member-erased", userId,
                clock.instant(), "membre %d".formatted(memberId)));
    }

    private CouncilMember member(long councilId, long memberId) {
        return members.findById(memberId)
                .filter(found -> found.getCouncilId() == councilId && !found.isErased())
                .orElseThrow(() -> new CaseNotFoundException(memberId));
    }
}

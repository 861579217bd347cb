package fr.parcours.council;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Councils, their facilitators and members, read within the user's reach: a facilitator sees only the
 * councils assigned to them, a coordinator their region's, national users (admins) all; 404 otherwise.
 */
@Service
public class CouncilService {

    /** Audit case type of changes to a council itself (members, facilitators). */
    public static final String CASE_TYPE = "COUNCIL";

    private final CouncilRepository councils;
    private final CouncilMemberRepository members;
    private final JdbcTemplate jdbc;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CouncilService(CouncilRepository councils, CouncilMemberRepository members, JdbcTemplate jdbc,
                   IdentityService identityService, TaskService taskService, Clock clock,
                   ApplicationEventPublisher events) {
        this.taskService = taskService;
        this.councils = councils;
        this.members = members;
        this.jdbc = jdbc;
        this.identityService = identityService;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Council create(NewCouncil request, String userId) {
        Council council = councils.save(new Council(request));
        events.publishEvent(new CaseEvent(CASE_TYPE, council.getId(), "council-created", userId, clock.instant(),
                "%s, %s".formatted(council.getName(), council.getCity())));
        return council;
    }

    /** Assigns a facilitator, who joins the council's candidate group; assigning twice changes nothing. */
    @Transactional
    public void assignFacilitator(long councilId, String facilitatorId, String userId) {
        int added = jdbc.update("insert into council_facilitator (council_id, user_id, assigned_on) values (?, ?, ?)"
                + " on conflict do nothing", councilId, facilitatorId, LocalDate.now(clock));
        String group = Groups.councilFacilitatorsOf(councilId);
        if (identityService.createGroupQuery().groupId(group).count() == 0) {
            Group created = identityService.newGroup(group);
            created.setName("Conseil citoyen " + councilId);
            created.setType("COUNCIL");
            identityService.saveGroup(created);
        }
        if (identityService.createUserQuery().userId(facilitatorId).memberOfGroup(group).count() == 0) {
            identityService.createMembership(facilitatorId, group);
        }
        if (added > 0) {
            events.publishEvent(new CaseEvent(CASE_TYPE, councilId, "council-facilitator-assigned", userId,
                    clock.instant(), facilitatorId));
        }
    }

    /**
     * Ends a facilitator's assignment: they leave the council's candidate group, and the council's tasks they had
     * claimed go back to the group, unassigned. Their activity log stays theirs. Returns false, changing nothing,
     * when they were not assigned.
     */
    @Transactional
    public boolean removeFacilitator(long councilId, String facilitatorId, String userId) {
        int removed = jdbc.update("delete from council_facilitator where council_id = ? and user_id = ?", councilId,
                facilitatorId);
        if (removed == 0) {
            return false;
        }
        String group = Groups.councilFacilitatorsOf(councilId);
        identityService.deleteMembership(facilitatorId, group);
        taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().taskAssignee(facilitatorId)
                .list().forEach(task -> taskService.setAssignee(task.getId(), null));
        events.publishEvent(new CaseEvent(CASE_TYPE, councilId, "council-facilitator-removed", userId,
                clock.instant(), facilitatorId));
        return true;
    }

    @Transactional
    public CouncilMember addMember(long councilId, NewMember request, String userId) {
        return addMember(councilId, request, null, userId);
    }

    /** A member joining, from a draw by lot when {@code drawId} is set (see {@link CouncilDraws}). */
    @Transactional
    CouncilMember addMember(long councilId, NewMember request, Long drawId, String userId) {
        CouncilMember member = members.save(new CouncilMember(councilId, request, drawId));
        // No name in the audit trail: members' personal data stays in one place, erasable on request.
        events.publishEvent(new CaseEvent(CASE_TYPE, councilId, "council-member-joined", userId, clock.instant(),
                "membre %d, collège %s".formatted(member.getId(), member.getCollege())));
        return member;
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
        events.publishEvent(new CaseEvent(CASE_TYPE, councilId, "council-member-left", userId, clock.instant(),
                "membre %d, le %s".formatted(memberId, leftOn)));
    }

    @Transactional(readOnly = true)
    public Council visibleTo(long councilId, String userId, UserScope scope) {
        return councils.findById(councilId)
                .filter(council -> mayFollow(council, userId, scope))
                .orElseThrow(() -> new CaseNotFoundException(councilId));
    }

    @Transactional(readOnly = true)
    public List<Council> visibleList(String userId, UserScope scope) {
        if (scope.isNational()) {
            return councils.findAllByOrderByName();
        }
        if (isCoordinator(scope)) {
            return councils.findByRegionCodeOrderByName(scope.getRegionCode());
        }
        return councils.findAllById(assignedTo(userId)).stream()
                .sorted(Comparator.comparing(Council::getName)).toList();
    }

    @Transactional(readOnly = true)
    public List<CouncilMember> members(long councilId) {
        return members.findByCouncilIdOrderByCollegeAscFullNameAsc(councilId);
    }

    @Transactional(readOnly = true)
    public List<CouncilMember> activeMembers(long councilId) {
        return members(councilId).stream().filter(CouncilMember::isActive).toList();
    }

    /** Whose activity sheet this user may read: every facilitator, their region's, or only themselves. */
    @Transactional(readOnly = true)
    public List<String> facilitatorsVisibleTo(String userId, UserScope scope) {
        if (scope.isNational()) {
            return jdbc.queryForList("select distinct user_id from council_facilitator", String.class);
        }
        if (isCoordinator(scope)) {
            return jdbc.queryForList("select distinct f.user_id from council_facilitator f"
                    + " join council c on c.id = f.council_id where c.region_code = ?", String.class, scope.getRegionCode());
        }
        return List.of(userId);
    }

    private boolean mayFollow(Council council, String userId, UserScope scope) {
        if (scope.isNational()) {
            return true;
        }
        if (isCoordinator(scope)) {
            return scope.getRegionCode().equals(council.getRegionCode());
        }
        return assignedTo(userId).contains(council.getId());
    }

    private List<Long> assignedTo(String userId) {
        return jdbc.queryForList("select council_id from council_facilitator where user_id = ?", Long.class, userId);
    }

    /** Coordinators carry a regional scope only; facilitators a department one, and reach their assignments. */
    private static boolean isCoordinator(UserScope scope) {
        return scope.isRegional();
    }
}

package fr.parcours.council.facilitators;

import fr.parcours.audit.CaseEvent;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilService;
import fr.parcours.identity.EngineRights;
import fr.parcours.identity.Groups;
import fr.parcours.identity.TaskGrants;
import fr.parcours.identity.UserNames;
import fr.parcours.identity.UserScope;
import fr.parcours.identity.UserScopeRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who facilitates which council: assigning a facilitator of the council's region and ending that assignment, by
 * the users who reach the council (404 otherwise; roles are checked by the caller), and whose activity sheets a
 * user may read. An assigned facilitator joins the council's candidate group ({@code council-<id>}).
 */
@Service
public class CouncilFacilitators {

    private final CouncilService councils;
    private final UserScopeRepository userScopes;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final TaskGrants taskGrants;
    private final EngineRights engineRights;
    private final UserNames names;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CouncilFacilitators(CouncilService councils, UserScopeRepository userScopes, IdentityService identityService,
                        TaskService taskService, TaskGrants taskGrants, EngineRights engineRights, UserNames names,
                        JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.councils = councils;
        this.userScopes = userScopes;
        this.identityService = identityService;
        this.taskService = taskService;
        this.taskGrants = taskGrants;
        this.engineRights = engineRights;
        this.names = names;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The facilitators assigned to the council, by name. */
    @Transactional(readOnly = true)
    public List<Person> of(long councilId) {
        List<String> ids = jdbc.queryForList("select user_id from council_facilitator where council_id = ?",
                String.class, councilId);
        Map<String, String> byId = names.of(ids);
        return ids.stream().map(id -> new Person(id, byId.getOrDefault(id, id)))
                .sorted(Comparator.comparing(Person::name)).toList();
    }

    /**
     * The facilitators who may be assigned: those working in the council's region. Read without the viewer's
     * engine authorizations, which would hide the users a coordinator has no engine grant on (as UserNames does).
     */
    @Transactional(readOnly = true)
    public List<Person> candidates(Council council) {
        return engineRights.withoutUserChecks(() -> identityService.createUserQuery()
                        .memberOfGroup(Groups.FACILITATORS).list()).stream()
                .filter(user -> userScopes.findById(user.getId())
                        .map(s -> council.getRegionCode().equals(s.getRegionCode())).orElse(false))
                .map(CouncilFacilitators::person).sorted(Comparator.comparing(Person::name)).toList();
    }

    /**
     * Assigns one of the council's candidates, who joins its candidate group; assigning twice changes nothing. 404
     * for a council out of reach, refused for anyone but a candidate.
     */
    @Transactional
    public void assign(long councilId, String facilitatorId, String userId, UserScope scope) {
        Council council = councils.visibleTo(councilId, userId, scope);
        if (candidates(council).stream().noneMatch(p -> p.id().equals(facilitatorId))) {
            throw new IllegalArgumentException(facilitatorId + " is no facilitator of region " + council.getRegionCode());
        }
        int added = jdbc.update("insert into council_facilitator (council_id, user_id, assigned_on) values (?, ?, ?)"
                + " on conflict do nothing", councilId, facilitatorId, LocalDate.now(clock));
        // The council's candidate group is Parcours' bookkeeping, not a grant the coordinator holds in the engine:
        // their reach was checked above, so the engine writes it without their authorizations.
        engineRights.withoutUserChecks(() -> {
            joinGroup(councilId, facilitatorId);
            return null;
        });
        if (added > 0) {
            events.publishEvent(new CaseEvent(Council.CASE_TYPE, councilId, "council-facilitator-assigned", userId,
                    clock.instant(), facilitatorId));
        }
    }

    /**
     * Ends a facilitator's assignment to a council within reach (404 otherwise): they leave the council's candidate
     * group, the council's tasks they had claimed go back to the group, unassigned, and they keep no grant of their
     * own on any of its tasks ({@link TaskGrants#withdraw}, in this transaction). Their activity log stays
     * theirs. False, nothing changed, when they were not assigned. Written without the viewer's engine
     * authorizations, as {@link #assign} is.
     */
    @Transactional
    public boolean remove(long councilId, String facilitatorId, String userId, UserScope scope) {
        councils.visibleTo(councilId, userId, scope);
        int removed = jdbc.update("delete from council_facilitator where council_id = ? and user_id = ?", councilId,
                facilitatorId);
        if (removed == 0) {
            return false;
        }
        engineRights.withoutUserChecks(() -> {
            leaveGroup(councilId, facilitatorId);
            return null;
        });
        events.publishEvent(new CaseEvent(Council.CASE_TYPE, councilId, "council-facilitator-removed", userId,
                clock.instant(), facilitatorId));
        return true;
    }

    /** Whose activity sheet this user may read: every facilitator, their region's, or only themselves. */
    @Transactional(readOnly = true)
    public List<String> readableBy(String userId, UserScope scope) {
        if (scope.isNational()) {
            return jdbc.queryForList("select distinct user_id from council_facilitator", String.class);
        }
        if (scope.isRegional()) {
            return jdbc.queryForList("select distinct f.user_id from council_facilitator f"
                    + " join council c on c.id = f.council_id where c.region_code = ?", String.class, scope.getRegionCode());
        }
        return List.of(userId);
    }

    private void joinGroup(long councilId, String facilitatorId) {
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
    }

    private void leaveGroup(long councilId, String facilitatorId) {
        String group = Groups.councilFacilitatorsOf(councilId);
        identityService.deleteMembership(facilitatorId, group);
        // Claimed tasks go back to the group, and no task keeps the grant Camunda gave them when they claimed it.
        taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().list()
                .forEach(task -> taskGrants.withdraw(task.getId(), facilitatorId));
    }

    private static Person person(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return new Person(user.getId(), name.isEmpty() ? user.getId() : name);
    }

    /** A user shown by name. */
    public record Person(String id, String name) {
    }
}

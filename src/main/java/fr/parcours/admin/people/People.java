package fr.parcours.admin.people;

import fr.parcours.admin.LockAdministration;
import fr.parcours.admin.operators.DlaOperators;
import fr.parcours.audit.CaseEvent;
import fr.parcours.council.facilitators.CouncilFacilitators;
import fr.parcours.identity.AccountStates;
import fr.parcours.identity.EngineRights;
import fr.parcours.identity.Groups;
import fr.parcours.identity.LockedAccount;
import fr.parcours.identity.LoginLocks;
import fr.parcours.identity.Role;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.TaskGrants;
import fr.parcours.identity.UserAccount;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserAccounts.NewPerson;
import fr.parcours.identity.UserScope;
import fr.parcours.identity.UserScopeRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administration of people: create, change, deactivate and reactivate a person, reset their password and hand
 * an officer's cases over to a colleague. Every write goes through {@link UserAccounts} (groups, scope and account
 * together) in one transaction with its audit record; changes that would leave nobody to run something are
 * refused ({@link PeopleRefusedException}).
 */
@Service
public class People {

    static final String PERSON_CREATED = "person-created";
    static final String PERSON_UPDATED = "person-updated";
    static final String PERSON_DEACTIVATED = "person-deactivated";
    static final String PERSON_REACTIVATED = "person-reactivated";
    static final String PASSWORD_RESET = "password-reset";
    static final String CASES_HANDED_OVER = "cases-handed-over";

    private final UserAccounts accounts;
    private final UserScopeRepository scopes;
    private final AccountStates states;
    private final Assignments assignments;
    private final OpenCases openCases;
    private final DlaOperators operators;
    private final CouncilFacilitators facilitators;
    private final LoginLocks locks;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final TaskGrants taskGrants;
    private final EngineRights engineRights;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    People(UserAccounts accounts, UserScopeRepository scopes, AccountStates states, Assignments assignments,
           OpenCases openCases, DlaOperators operators, CouncilFacilitators facilitators, LoginLocks locks,
           IdentityService identityService, TaskService taskService, TaskGrants taskGrants, EngineRights engineRights,
           ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.scopes = scopes;
        this.states = states;
        this.assignments = assignments;
        this.openCases = openCases;
        this.operators = operators;
        this.facilitators = facilitators;
        this.locks = locks;
        this.identityService = identityService;
        this.taskService = taskService;
        this.taskGrants = taskGrants;
        this.engineRights = engineRights;
        this.events = events;
        this.clock = clock;
    }

    /** Everyone, by name, with their role, scope, state and flags. */
    @Transactional(readOnly = true)
    public List<PersonRow> list() {
        Set<String> locked = locks.current().stream().map(LockedAccount::userId).collect(Collectors.toSet());
        List<User> users = engineRights.withoutUserChecks(() -> identityService.createUserQuery().list());
        List<PersonRow> rows = new ArrayList<>();
        for (User user : users) {
            rows.add(row(user, locked.contains(user.getId())));
        }
        rows.sort(Comparator.comparing((PersonRow row) -> row.name().toLowerCase()).thenComparing(PersonRow::id));
        return rows;
    }

    @Transactional(readOnly = true)
    public Optional<PersonRow> find(String userId) {
        User user = engineRights.withoutUserChecks(() -> identityService.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return Optional.empty();
        }
        boolean locked = locks.current().stream().anyMatch(lock -> lock.userId().equals(userId));
        return Optional.of(row(user, locked));
    }

    /** First and last name, as stored. */
    @Transactional(readOnly = true)
    public String[] names(String userId) {
        User user = engineRights.withoutUserChecks(() -> identityService.createUserQuery().userId(userId).singleResult());
        return new String[] {nullToEmpty(user.getFirstName()), nullToEmpty(user.getLastName())};
    }

    /** The person's current assignment, to fill the edit form. */
    @Transactional(readOnly = true)
    public Assignment assignmentOf(String userId) {
        Optional<UserAccount> account = accounts.accountOf(userId);
        Role role = account.map(UserAccount::getRole).orElseGet(() -> Role.of(groupsOf(userId)).orElse(null));
        UserScope scope = scopes.findById(userId).orElse(null);
        Long employer = account.map(UserAccount::getEmployerOrganisationId).orElse(null);
        if (role == null || scope == null) {
            return new Assignment(role, null, List.of(), null, null, null, null, List.of());
        }
        return switch (role) {
            case OFFICER -> new Assignment(role, employer, scope.departmentCodes(), null, null, null, null, List.of());
            case CONSULTANT -> new Assignment(role, null, List.of(), scope.getOrganisationId(), null, null, null, List.of());
            case COORDINATOR -> new Assignment(role, null, List.of(), null, scope.getRegionCode(), employer, null, List.of());
            case FACILITATOR -> new Assignment(role, null, List.of(), null, null, null, scope.getDepartmentCode(),
                    assignments.councilsOf(userId));
            case AUDITOR -> new Assignment(role, null, List.of(), null, scope.getRegionCode(), null, null, List.of());
            case ADMIN -> new Assignment(role, null, List.of(), null, null, null, null, List.of());
        };
    }

    /** A new person; returns the temporary password, to be shown once. */
    @Transactional
    public String create(NewPerson person, Assignment assignment, String administrator, UserScope administratorScope) {
        Assignments.Resolved resolved = assignments.resolve(person.id(), assignment);
        String password = accounts.create(person, assignment.role(), resolved.scope(), resolved.employer());
        if (assignment.role() == Role.FACILITATOR) {
            assignment.councilIds().forEach(council ->
                    facilitators.assign(council, person.id(), administrator, administratorScope));
        }
        audit(PERSON_CREATED, administrator, person.id() + " " + assignment.role());
        return password;
    }

    /** New names, role and scope; refused when it leaves the last administrator or a department's last officer. */
    @Transactional
    public void update(NewPerson person, Assignment assignment, String administrator, UserScope administratorScope) {
        Assignments.Resolved resolved = assignments.resolve(person.id(), assignment);
        refuseIfLast(person.id(), assignment.role(), resolved.scope());
        accounts.rename(person);
        List<Long> councils = assignment.role() == Role.FACILITATOR ? assignment.councilIds() : List.of();
        for (Long council : assignments.councilsOf(person.id())) {
            if (!councils.contains(council)) {
                facilitators.remove(council, person.id(), administrator, administratorScope);
            }
        }
        accounts.assign(person.id(), assignment.role(), resolved.scope(), resolved.employer());
        councils.forEach(council -> facilitators.assign(council, person.id(), administrator, administratorScope));
        audit(PERSON_UPDATED, administrator, person.id() + " " + assignment.role());
    }

    @Transactional
    public void deactivate(String userId, String administrator) {
        if (userId.equals(administrator)) {
            throw new PeopleRefusedException("admin.people.refused.self");
        }
        refuseIfLast(userId, null, null);
        accounts.deactivate(userId);
        audit(PERSON_DEACTIVATED, administrator, userId);
    }

    @Transactional
    public void reactivate(String userId, String administrator) {
        accounts.reactivate(userId);
        audit(PERSON_REACTIVATED, administrator, userId);
    }

    /** A temporary password, shown once; the person must replace it at their next login. */
    @Transactional
    public String resetPassword(String userId, String administrator) {
        String password = accounts.resetPassword(userId);
        audit(PASSWORD_RESET, administrator, userId);
        return password;
    }

    /** Officers of the same operator another officer's cases may go to. */
    @Transactional(readOnly = true)
    public List<PersonRow> colleaguesOf(String userId) {
        Long operator = accounts.accountOf(userId).map(UserAccount::getEmployerOrganisationId).orElse(null);
        if (operator == null) {
            return List.of();
        }
        return list().stream().filter(row -> !row.id().equals(userId) && row.active() && row.role() == Role.OFFICER)
                .filter(row -> accounts.accountOf(row.id()).map(UserAccount::getEmployerOrganisationId)
                        .filter(operator::equals).isPresent())
                .toList();
    }

    /**
     * Hands an officer's cases over to a colleague of the same operator: the colleague also covers the officer's
     * departments (so their open cases and the tasks of those cases), and every task the officer held is now the
     * colleague's. Returns how many held tasks moved.
     */
    @Transactional
    public int handOver(String fromUserId, String toUserId, String administrator) {
        Long operator = accounts.accountOf(fromUserId).map(UserAccount::getEmployerOrganisationId).orElse(null);
        Optional<UserAccount> target = accounts.accountOf(toUserId);
        if (operator == null || fromUserId.equals(toUserId) || target.isEmpty()
                || target.get().getRole() != Role.OFFICER || !target.get().isActive()
                || !operator.equals(target.get().getEmployerOrganisationId())) {
            throw new PeopleRefusedException("admin.people.handover.refused");
        }
        UserScope from = scopes.findById(fromUserId).orElseThrow();
        UserScope to = scopes.findById(toUserId).orElseThrow();
        Set<String> departments = new TreeSet<>(to.departmentCodes());
        departments.addAll(from.departmentCodes());
        departments.retainAll(operators.departmentsOf(operator));
        accounts.assign(toUserId, Role.OFFICER, UserScope.departments(toUserId, to.getRegionCode(), departments),
                operator);
        List<Task> held = engineRights.withoutUserChecks(() -> taskService.createTaskQuery().taskAssignee(fromUserId)
                .list());
        engineRights.withoutUserChecks(() -> {
            for (Task task : held) {
                taskService.setAssignee(task.getId(), toUserId);
                taskGrants.revoke(task.getId(), fromUserId);
            }
            return null;
        });
        audit(CASES_HANDED_OVER, administrator, fromUserId + " -> " + toUserId + " " + held.size());
        return held.size();
    }

    private void refuseIfLast(String userId, Role newRole, UserScope newScope) {
        if (!states.isActive(userId)) {
            return;
        }
        List<String> groups = groupsOf(userId);
        if (groups.contains(Groups.ADMINS) && newRole != Role.ADMIN && othersActiveIn(Groups.ADMINS, userId) == 0) {
            throw new PeopleRefusedException("admin.people.refused.last-admin");
        }
        UserScope current = scopes.findById(userId).orElse(null);
        if (!groups.contains(Groups.DLA_OFFICERS) || current == null) {
            return;
        }
        List<String> stranded = new ArrayList<>();
        for (String department : current.departmentCodes()) {
            boolean kept = newRole == Role.OFFICER && newScope.departmentCodes().contains(department);
            if (!kept && othersActiveIn(Groups.dlaOfficersOf(department), userId) == 0
                    && openCases.in(department) > 0) {
                stranded.add(department);
            }
        }
        if (!stranded.isEmpty()) {
            throw new PeopleRefusedException("admin.people.refused.last-officer", String.join(", ", stranded));
        }
    }

    private long othersActiveIn(String groupId, String userId) {
        return engineRights.withoutUserChecks(() -> identityService.createUserQuery().memberOfGroup(groupId).list())
                .stream().map(User::getId).filter(id -> !id.equals(userId)).filter(states::isActive).count();
    }

    private List<String> groupsOf(String userId) {
        return engineRights.withoutUserChecks(() -> identityService.createGroupQuery().groupMember(userId).list())
                .stream().map(Group::getId).toList();
    }

    private PersonRow row(User user, boolean locked) {
        List<String> groups = groupsOf(user.getId());
        Optional<UserAccount> account = accounts.accountOf(user.getId());
        Role role = account.map(UserAccount::getRole).orElseGet(() -> Role.of(groups).orElse(null));
        Optional<UserScope> scope = scopes.findById(user.getId());
        boolean flagged = role == null || scope.isEmpty() || !Scopes.ScopeFit.fits(scope.get(), groups);
        String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip();
        return new PersonRow(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail(), role,
                scope.map(found -> assignments.view(found, account.map(UserAccount::getEmployerOrganisationId)
                        .orElse(null))).orElse(null),
                account.map(UserAccount::isActive).orElse(true), locked, flagged);
    }

    private void audit(String action, String administrator, String details) {
        events.publishEvent(new CaseEvent(LockAdministration.ACCOUNT, 0, action, administrator, clock.instant(),
                details));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Rows matching a search: any word of the text in the name, login or scope; a role; a state. */
    public static List<PersonRow> filter(List<PersonRow> rows, String text, Role role, String state) {
        String needle = text == null ? "" : text.strip().toLowerCase();
        Map<String, java.util.function.Predicate<PersonRow>> states = new LinkedHashMap<>();
        states.put("active", PersonRow::active);
        states.put("inactive", row -> !row.active());
        states.put("locked", PersonRow::locked);
        states.put("flagged", PersonRow::flagged);
        return rows.stream()
                .filter(row -> needle.isEmpty() || (row.name() + " " + row.id() + " "
                        + (row.scope() == null ? "" : row.scope().text())).toLowerCase().contains(needle))
                .filter(row -> role == null || role == row.role())
                .filter(row -> state == null || !states.containsKey(state) || states.get(state).test(row))
                .toList();
    }
}
